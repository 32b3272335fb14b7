package dev.mcpkit.maven.core.validate.checks;

import java.util.List;

import dev.mcpkit.maven.core.validate.Check;

/** Every check, in report order. */
public final class Checks {

    private Checks() {
    }

    public static List<Check> all() {
        return List.of(
                new PomMetadataCheck(), new EntryPointCheck(), new PinnedVersionsCheck(), new JavaReleaseCheck(),
                new HardcodedCredentialsCheck(), new EnvExampleCheck(), new DotEnvExcludedCheck(),
                new SettingsDocumentedCheck(), new InputSchemasCheck(), new ToolHintsCheck(),
                new VersionHelpCheck(), new ValidateConfigCheck(), new LaunchersCheck(), new ClientLaunchCheck(), new ProtocolErasCheck(),
                new BundleSignatureCheck(),
                new ReadmeSectionsCheck(), new ToolsDocumentedCheck(),
                new NameVersionCheck(), new ServerJsonCheck(), new BreakingChangesCheck());
    }
}
