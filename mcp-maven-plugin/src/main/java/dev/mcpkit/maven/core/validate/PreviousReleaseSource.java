package dev.mcpkit.maven.core.validate;

import java.nio.file.Path;
import java.time.Duration;

/** Where the previous release of the project's own artifact comes from: Maven's repositories, in the plugin. */
@FunctionalInterface
public interface PreviousReleaseSource {

    /**
     * The release named by {@code wanted}, else the newest release below the project's version, described with
     * {@code --describe}; null when there is none.
     *
     * @param currentMain the main class to run the release with when its jar names none
     */
    PreviousRelease find(String wanted, Path java, String currentMain, Duration timeout);
}
