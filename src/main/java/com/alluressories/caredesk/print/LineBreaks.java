package com.alluressories.caredesk.print;

/**
 * Where a printed line may break. Latin text breaks at spaces; Chinese may break between any two
 * characters, except that closing punctuation never starts a line and opening punctuation never
 * ends one (the East Asian "kinsoku" rules every Chinese reader expects).
 */
final class LineBreaks {
    /** Never at the start of a line: closing brackets and quotes, stops, commas, marks. */
    private static final String NO_START = "。，、．：；！？）」』】〕〉》〗〙〛｝］’”…‥・ー々〻〜～％" + ",.;:!?)]}%'\"";
    /** Never at the end of a line: opening brackets and quotes. */
    private static final String NO_END = "（「『【〔〈《〖〘〚｛［‘“" + "([{";

    private LineBreaks() {
    }

    static boolean noStart(int cp) {
        return NO_START.indexOf(cp) >= 0;
    }

    static boolean noEnd(int cp) {
        return NO_END.indexOf(cp) >= 0;
    }

    /** True when a line may end after {@code before} and the next start with {@code after}. */
    static boolean canBreakBefore(int before, int after) {
        if (after == ' ') {
            return false; // spaces stay at the end of the line they follow
        }
        if (noStart(after) || noEnd(before)) {
            return false;
        }
        // A number stays with the Chinese written around it: 2026年1月8日, 第294章, 12個月 — never
        // 2026年1月8 / 日 or 第294 / 章.
        if (Character.isDigit(before) && wide(after) || wide(before) && Character.isDigit(after)) {
            return false;
        }
        return before == ' ' || wide(before) || wide(after);
    }

    /**
     * Where to cut a run with no break allowed that is wider than the line ({@code limit} is the
     * first character that does not fit): as late as possible, still keeping punctuation with its
     * neighbour where the line has room to give one character up.
     */
    static int forcedBreak(int[] cps, int start, int limit) {
        int at = limit;
        while (at - 1 > start && (noStart(cps[at]) || noEnd(cps[at - 1]))) {
            at--;
        }
        return at;
    }

    /** Chinese (and Japanese) characters and full-width forms, which break without spaces. */
    static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }
}
