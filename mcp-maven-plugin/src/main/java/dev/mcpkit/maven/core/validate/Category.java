package dev.mcpkit.maven.core.validate;

/** The sections of the distribution checklist, in the order the report shows them. */
public enum Category {
    PACKAGING("Packaging"),
    SECURITY("Security"),
    USER_EXPERIENCE("User experience"),
    DOCUMENTATION("Documentation"),
    CONSISTENCY("Consistency");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
