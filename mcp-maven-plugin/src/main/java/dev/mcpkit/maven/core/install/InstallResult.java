package dev.mcpkit.maven.core.install;

import java.nio.file.Path;
import java.util.List;

/** What {@link ConfigInstaller} did to one configuration file, and what the user still has to do. */
public record InstallResult(Outcome outcome, Path file, Path backup, String diff, List<String> placeholders) {

    public InstallResult {
        placeholders = List.copyOf(placeholders);
    }

    /** What happened. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REMOVED, NOT_PRESENT,
        /** Nothing written: {@link #diff()} shows what would change. */
        DRY_RUN
    }

    public boolean changed() {
        return outcome == Outcome.CREATED || outcome == Outcome.UPDATED || outcome == Outcome.REMOVED;
    }

    /** One paragraph for the build log. */
    public String message(String serverName) {
        StringBuilder m = new StringBuilder();
        switch (outcome) {
            case CREATED -> m.append("Created ").append(file).append(" with the server '").append(serverName).append("'.");
            case UPDATED -> m.append("Added the server '").append(serverName).append("' to ").append(file)
                    .append(" (backup: ").append(backupName()).append(").");
            case UNCHANGED -> m.append(file).append(" is already up to date for the server '").append(serverName).append("'.");
            case REMOVED -> m.append("Removed the server '").append(serverName).append("' from ").append(file)
                    .append(" (backup: ").append(backupName()).append(").");
            case NOT_PRESENT -> m.append("The server '").append(serverName).append("' was not in ").append(file).append("; nothing to remove.");
            case DRY_RUN -> m.append("Dry run, ").append(file).append(" not written. It would change like this:\n").append(diff);
            default -> throw new IllegalStateException(outcome.toString());
        }
        if (!placeholders.isEmpty() && outcome != Outcome.REMOVED && outcome != Outcome.NOT_PRESENT) {
            m.append("\nValues to provide: ").append(String.join(", ", placeholders))
                    .append(" (no secret is written to the file: set them where the client or the server reads them).");
        }
        return m.toString();
    }

    /** The backup's name when it sits beside the file; its whole path when the file is a link to another directory. */
    private Path backupName() {
        Path dir = file.toAbsolutePath().getParent();
        return dir != null && dir.equals(backup.toAbsolutePath().getParent()) ? backup.getFileName() : backup;
    }
}
