package dev.mcpkit.maven.core.project;

/** A dependency or build plugin, the version the POMs declare for it (null: none, Maven picks one) and the one in use. */
public record DeclaredVersion(Kind kind, String coordinates, String declared, String resolved) {

    public enum Kind { DEPENDENCY, PLUGIN }
}
