package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import java.nio.file.Path;

/**
 * Runs the interactive setup on the real terminal ({@link TerminalConsole}) for
 * {@link SetupOnTerminalTest}. Arguments: server name, config directory.
 */
public final class SetupMain {

    @Setting(description = "API key", secret = true)
    Secret API_KEY;
    @Setting(description = "Port", defaultValue = "8080")
    int PORT;
    @Setting(description = "Region")
    String REGION;

    public static void main(String[] args) {
        Path config = Path.of(args[1]);
        TerminalConsole console = TerminalConsole.attached();
        if (console == null) {
            System.err.println("no terminal");
            System.exit(3);
        }
        ConfigEnvironment env = ConfigEnvironment.builder(args[0]).configDir(config).stateDir(config).keychain(Keychain.none()).build();
        System.exit(new SetupFlow(SettingsModel.scan(new SetupMain()).validate(), env).interactive(console));
    }
}
