package com.alluressories.caredesk.receipt;

/** Progress of a long import, and the way to stop it. */
public interface ImportProgress {
    /** @param fraction 0 to 1 of the file read so far */
    void update(double fraction, long rowsDone);

    /** Asked often; true stops the import with nothing stored. */
    boolean isCancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(double fraction, long rowsDone) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
