package dev.mcpkit.schema;

/**
 * The text a {@code pattern} is matched against, counting every character the regex engine reads
 * and giving up past a budget: java.util.regex backtracks, and an unanchored pattern over a long
 * string (or a nested quantifier over a short one) can otherwise hold a thread for minutes.
 */
final class MatchBudget implements CharSequence {

    /** Characters a match may read: ~10 ms to a few tens of ms, far above what a sane pattern needs. */
    static final long READS = 10_000_000L;

    /** Thrown when the budget runs out. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super(null, null, false, false);
        }
    }

    /**
     * Whether the pattern is found in the text, reading at most {@link #READS} characters; else (or
     * when the regex engine runs out of stack) {@link Exhausted}.
     */
    static boolean find(java.util.regex.Pattern pattern, String text) {
        try {
            return pattern.matcher(new MatchBudget(text)).find();
        } catch (StackOverflowError e) {
            throw new Exhausted();   // java.util.regex recurses per repetition of a group: a long text runs out of stack first
        }
    }

    /** The error text for a value whose match ran out of budget. */
    static String exhausted(String what, String text, String pattern) {
        return what + " of " + text.length() + " characters could not be checked against the pattern "
                + ValueText.brief(pattern, 200) + " within the matching budget; send a shorter value";
    }

    private final String text;
    private long left;

    MatchBudget(String text) {
        this.text = text;
        this.left = READS;
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
