package dev.mcpkit.schema;

/**
 * A JSON pointer built as a linked list while descending a value, so that a string is only made
 * when an error is reported.
 */
final class Pointer {

    static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String name;
    private final int index;

    private Pointer(Pointer parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    Pointer child(String propertyName) {
        return new Pointer(this, propertyName, -1);
    }

    Pointer child(int arrayIndex) {
        return new Pointer(this, null, arrayIndex);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.append(out);
        out.append('/');
        if (name == null) {
            out.append(index);
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }
}
