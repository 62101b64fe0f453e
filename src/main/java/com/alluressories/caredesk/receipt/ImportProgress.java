package com.alluressories.caredesk.receipt;

/** Progress of a long import, and the way to stop it. */
public interface ImportProgress {
    /**
     * @param phase    {@code CHECKING} while the file is checked, {@code STORING} while it is stored
     * @param fraction 0 to 1 within the whole import
     */
    void update(Phase phase, double fraction, long rowsDone);

    /** Asked often; true stops the import with nothing stored. */
    boolean isCancelled();

    enum Phase { CHECKING, STORING }

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(Phase phase, double fraction, long rowsDone) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
