package dev.mcpkit.maven.core.install;

import tools.jackson.databind.JsonNode;

/**
 * Edits one server entry of a configuration file as text, so that everything else in it stays as the user
 * wrote it. The caller checks the result against the tree edit and refuses the file when they differ.
 */
interface InPlaceEditor {

    /** The text with {@code container.name} set to {@code entry}; null when the text has a shape this cannot edit. */
    String put(String text, String container, String name, JsonNode entry);

    /** The text without {@code container.name}; null when the text has a shape this cannot edit. */
    String remove(String text, String container, String name);

    /** Why the file is not simply rewritten, for the refusal: "contains comments that a rewrite would drop". */
    String whyInPlace();
}
