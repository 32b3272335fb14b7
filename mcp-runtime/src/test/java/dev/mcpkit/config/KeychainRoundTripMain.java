package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run by {@link RealLinuxKeychainTest} inside {@code it/keychain/with-keyring.sh}: stores a secret
 * through {@code --setup --non-interactive} into the real Secret Service, resolves it back from the
 * keychain, clears it and checks it is gone. Prints one line per step; exit 0 when every step held.
 *
 * <p>Arguments: service name, config directory, the secret to use.
 */
public final class KeychainRoundTripMain {

    @Setting(description = "API key", secret = true)
    Secret API_KEY;
    @Setting(description = "Region", required = false)
    String REGION;

    public static void main(String[] args) throws Exception {
        String service = args[0];
        Path configDir = Path.of(args[1]);
        String secret = args.length > 2 ? args[2] : System.getenv("ROUND_TRIP_SECRET");
        SecretToolKeychain keychain = new SecretToolKeychain(new ProcessCommandRunner(), Duration.ofSeconds(10));
        ConfigEnvironment env = ConfigEnvironment.builder(service).environment(System.getenv()).workingDir(configDir)
                .configDir(configDir).stateDir(configDir).keychain(keychain).build();
        KeychainRoundTripMain server = new KeychainRoundTripMain();
        SettingsModel model = SettingsModel.scan(server).validate();
        boolean ok = true;

        ok &= step("absent-before", keychain.lookup(service, "API_KEY").status() == KeychainLookup.Status.NOT_FOUND);
        int setup = new SetupFlow(model, env).nonInteractive(List.of("API_KEY=" + secret, "REGION=eu"), System.out, System.err);
        ok &= step("setup-exit-0", setup == 0);
        String dotEnv = Files.exists(env.configDotEnv()) ? Files.readString(env.configDotEnv()) : "";
        ok &= step("secret-not-in-dotenv", !dotEnv.contains(secret) && dotEnv.contains("REGION=eu"));

        ResolvedSettings resolved = new SettingsResolver(env).resolve(model);
        ResolvedSetting key = resolved.get("API_KEY");
        ok &= step("resolved-from-keychain", key.source() == SettingSource.KEYCHAIN);
        resolved.injectInto();
        ok &= step("injected-value-matches", server.API_KEY != null && server.API_KEY.reveal().equals(secret));
        System.out.println("validate-config:");
        System.out.print(new ValidationReport(resolved).render());

        ok &= step("deleted", keychain.delete(service, "API_KEY"));
        ok &= step("absent-after", keychain.lookup(service, "API_KEY").status() == KeychainLookup.Status.NOT_FOUND);
        ok &= step("missing-after-clear", new SettingsResolver(env).resolve(model).get("API_KEY").status() == SettingStatus.MISSING);
        System.out.println(ok ? "ROUND TRIP OK" : "ROUND TRIP FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean step(String name, boolean held) {
        System.out.println("step|" + name + "|" + (held ? "ok" : "FAILED"));
        return held;
    }
}
