package dev.mcpkit.schema;

/** {@code allOf}, {@code anyOf}, {@code oneOf} and {@code not}. */
final class CombinatorKeyword implements Keyword {

    enum Mode { ALL_OF, ANY_OF, ONE_OF, NOT }

    private final Mode mode;
    private final Node[] nodes;

    CombinatorKeyword(Mode mode, Node[] nodes) {
        this.mode = mode;
        this.nodes = nodes;
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        switch (mode) {
            case ALL_OF:
                for (Node node : nodes) {
                    node.check(value, at, errors);
                }
                return;
            case NOT:
                if (nodes[0].matches(value, at)) {
                    errors.add(at, ValueText.describe(value) + " must not match the \"not\" schema");
                }
                return;
            default:
                choice(value, at, errors);
        }
    }

    private void choice(Object value, Pointer at, Errors errors) {
        int matching = 0;
        Errors first = null;
        for (Node node : nodes) {
            Errors branch = new Errors();
            node.check(value, at, branch);
            if (branch.isEmpty()) {
                matching++;
                if (mode == Mode.ANY_OF) {
                    return;
                }
            } else if (first == null) {
                first = branch;
            }
        }
        if (matching == 0) {
            String keyword = mode == Mode.ANY_OF ? "anyOf" : "oneOf";
            StringBuilder why = new StringBuilder();
            for (ValidationError e : first.list()) {
                why.append(why.length() == 0 ? "" : "; ").append(e);
                if (why.length() > 200) {
                    break;
                }
            }
            errors.add(at, ValueText.describe(value) + " matches none of the " + nodes.length + " \"" + keyword
                    + "\" schemas (first: " + why + ")");
        } else if (matching > 1) {
            errors.add(at, ValueText.describe(value) + " matches " + matching
                    + " of the \"oneOf\" schemas but must match exactly one");
        }
    }
}
