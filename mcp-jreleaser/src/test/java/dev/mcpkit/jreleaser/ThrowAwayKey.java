package dev.mcpkit.jreleaser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;

/** An OpenPGP key made by gpg in a GNUPGHOME of its own, for one test; gpg-agent is stopped on close. */
final class ThrowAwayKey implements AutoCloseable {
    private final Path home;
    private final String passphrase;
    private final String fingerprint;

    private ThrowAwayKey(Path home, String passphrase, String fingerprint) {
        this.home = home;
        this.passphrase = passphrase;
        this.fingerprint = fingerprint;
    }

    static ThrowAwayKey generate(Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        String passphrase = "passphrase-" + UUID.randomUUID();
        gpg(home, "--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase,
                "--quick-gen-key", "mcpkit test <test@example.invalid>", "ed25519", "sign", "1d");
        String fingerprint = gpg(home, "--batch", "--with-colons", "--list-keys").lines()
                .filter(line -> line.startsWith("fpr:"))
                .map(line -> line.split(":")[9])
                .findFirst()
                .orElseThrow();
        return new ThrowAwayKey(home, passphrase, fingerprint);
    }

    String passphrase() {
        return passphrase;
    }

    String armoredPublicKey() throws IOException, InterruptedException {
        return gpg(home, "--batch", "--armor", "--export", fingerprint);
    }

    String armoredSecretKey() throws IOException, InterruptedException {
        return gpg(home, "--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase,
                "--armor", "--export-secret-keys", fingerprint);
    }

    /** gpg's own verdict on a detached signature, with this key as the only one it knows. */
    ExternalCommand verify(Path signature, Path file) throws IOException, InterruptedException {
        return ExternalCommand.run(home, Map.of("GNUPGHOME", home.toString()),
                "gpg", "--batch", "--verify", signature.toString(), file.toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        ExternalCommand.run(home, Map.of("GNUPGHOME", home.toString()), "gpgconf", "--kill", "gpg-agent");
    }

    private static String gpg(Path home, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "gpg";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return ExternalCommand.succeed(home, Map.of("GNUPGHOME", home.toString()), command);
    }
}
