package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Windows: the Credential Manager (generic credentials, target name {@code <service>:<account>},
 * user name {@code <account>}, persisted per user) through Windows PowerShell and the Win32
 * {@code CredReadW}/{@code CredWriteW}/{@code CredDeleteW} functions of {@code advapi32.dll}
 * declared with {@code Add-Type}, so nothing native ships with the runtime.
 *
 * <p>The command is always {@code %SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe -NoLogo -NoProfile
 * -NonInteractive -EncodedCommand <SCRIPT as base64 UTF-16LE>}, PowerShell named by its absolute path because
 * Windows looks a bare {@code powershell.exe} up in the current directory first; the operation, the target and (for a store) the account and the
 * value as base64 UTF-8 are written to its stdin, one per line, so no value appears in the process
 * list. A found value comes back as base64 UTF-8 on stdout; exit 2 means not found. The blob is
 * UTF-16LE, as {@code cmdkey} and the Credential Manager UI write it. Compiling the declarations
 * takes PowerShell a second or two, hence the longer {@link #DEFAULT_TIMEOUT}.
 */
public final class WindowsKeychain implements Keychain {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The exact script, documented here because it is the whole Windows backend. */
    public static final String SCRIPT = """
            $ErrorActionPreference = 'Stop'
            Add-Type -TypeDefinition @'
            using System;
            using System.Runtime.InteropServices;
            using System.Text;
            public static class McpkitCredentials {
                [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
                struct Credential {
                    public int Flags; public int Type; public string TargetName; public string Comment;
                    public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
                    public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
                    public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName;
                }
                [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
                static extern bool CredReadW(string target, int type, int flags, out IntPtr credential);
                [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
                static extern bool CredWriteW(ref Credential credential, int flags);
                [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
                static extern bool CredDeleteW(string target, int type, int flags);
                [DllImport("advapi32.dll")]
                static extern void CredFree(IntPtr credential);
                public static int Read(string target, out string value) {
                    value = null; IntPtr p;
                    if (!CredReadW(target, 1, 0, out p)) { return Marshal.GetLastWin32Error(); }
                    try {
                        Credential c = (Credential) Marshal.PtrToStructure(p, typeof(Credential));
                        byte[] bytes = new byte[c.CredentialBlobSize];
                        Marshal.Copy(c.CredentialBlob, bytes, 0, bytes.Length);
                        value = Encoding.Unicode.GetString(bytes);
                        return 0;
                    } finally { CredFree(p); }
                }
                public static int Write(string target, string account, string value) {
                    byte[] bytes = Encoding.Unicode.GetBytes(value);
                    Credential c = new Credential();
                    c.Type = 1; c.TargetName = target; c.UserName = account; c.Persist = 2;
                    c.CredentialBlobSize = bytes.Length; c.CredentialBlob = Marshal.AllocHGlobal(bytes.Length);
                    try {
                        Marshal.Copy(bytes, 0, c.CredentialBlob, bytes.Length);
                        return CredWriteW(ref c, 0) ? 0 : Marshal.GetLastWin32Error();
                    } finally { Marshal.FreeHGlobal(c.CredentialBlob); }
                }
                public static int Delete(string target) {
                    return CredDeleteW(target, 1, 0) ? 0 : Marshal.GetLastWin32Error();
                }
            }
            '@
            $op = [Console]::In.ReadLine()
            $target = [Console]::In.ReadLine()
            if ($op -eq 'read') {
                $value = $null
                $e = [McpkitCredentials]::Read($target, [ref]$value)
                if ($e -eq 1168) { exit 2 }
                if ($e -ne 0) { [Console]::Error.WriteLine("CredRead failed with Win32 error $e"); exit 1 }
                [Console]::Out.Write([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($value)))
                exit 0
            }
            if ($op -eq 'write') {
                $account = [Console]::In.ReadLine()
                $value = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadLine()))
                $e = [McpkitCredentials]::Write($target, $account, $value)
                if ($e -ne 0) { [Console]::Error.WriteLine("CredWrite failed with Win32 error $e"); exit 1 }
                exit 0
            }
            if ($op -eq 'delete') {
                $e = [McpkitCredentials]::Delete($target)
                if ($e -eq 1168) { exit 2 }
                if ($e -ne 0) { [Console]::Error.WriteLine("CredDelete failed with Win32 error $e"); exit 1 }
                exit 0
            }
            [Console]::Error.WriteLine("unknown operation"); exit 3
            """;

    /** Exit status of the script for ERROR_NOT_FOUND (1168). */
    static final int NOT_FOUND = 2;

    /** Where Windows is when the environment does not say (or says something that is not an absolute path). */
    static final String DEFAULT_SYSTEM_ROOT = "C:\\Windows";

    private final CommandRunner runner;
    private final Duration timeout;
    private final String powerShell;

    public WindowsKeychain(CommandRunner runner, Duration timeout) {
        this(runner, timeout, System.getenv());
    }

    /** @param environment where {@code SystemRoot} is read, to find PowerShell */
    public WindowsKeychain(CommandRunner runner, Duration timeout, Map<String, String> environment) {
        this.runner = runner;
        this.timeout = timeout;
        this.powerShell = powerShell(environment);
    }

    /** Windows PowerShell's absolute path: {@code %SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe}. */
    static String powerShell(Map<String, String> environment) {
        // a Map from System.getenv() matches names case-sensitively even on Windows
        String root = environment.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("SystemRoot"))
                .map(Map.Entry::getValue)
                .findFirst().orElse("");
        if (!root.matches("[A-Za-z]:\\\\[^\"*?<>|]*")) {
            root = DEFAULT_SYSTEM_ROOT;
        }
        return root.replaceFirst("\\\\+$", "") + "\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
    }

    /** The command line that runs {@link #SCRIPT}. */
    public List<String> command() {
        String encoded = Base64.getEncoder().encodeToString(SCRIPT.getBytes(StandardCharsets.UTF_16LE));
        return List.of(powerShell, "-NoLogo", "-NoProfile", "-NonInteractive", "-EncodedCommand", encoded);
    }

    /** The Credential Manager target name of an entry. */
    public static String target(String service, String account) {
        return service + ":" + account;
    }

    @Override
    public KeychainLookup lookup(String service, String account) {
        CommandResult result;
        try {
            result = runner.run(command(), "read\n" + target(service, account) + "\n", timeout);
        } catch (IOException e) {
            return KeychainLookup.unavailable(powerShell + " cannot be run");
        }
        if (result.timedOut()) {
            return KeychainLookup.unavailable("PowerShell did not answer within " + timeout.toMillis() + " ms");
        }
        if (result.exitCode() == NOT_FOUND) {
            return KeychainLookup.notFound();
        }
        if (result.exitCode() != 0) {
            return KeychainLookup.unavailable("Credential Manager: " + result.firstErrorLine());
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(result.stdout().strip());
            return KeychainLookup.found(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return KeychainLookup.unavailable("Credential Manager: unexpected output from PowerShell");
        }
    }

    @Override
    public void store(String service, String account, Secret value) throws KeychainException {
        String encoded = Base64.getEncoder().encodeToString(value.reveal().getBytes(StandardCharsets.UTF_8));
        CommandResult result = run("write\n" + target(service, account) + "\n" + account + "\n" + encoded + "\n", "store");
        if (result.exitCode() != 0) {
            throw new KeychainException("Credential Manager store failed: " + result.firstErrorLine());
        }
    }

    @Override
    public boolean delete(String service, String account) throws KeychainException {
        CommandResult result = run("delete\n" + target(service, account) + "\n", "delete");
        if (result.exitCode() == NOT_FOUND) {
            return false;
        }
        if (result.exitCode() != 0) {
            throw new KeychainException("Credential Manager delete failed: " + result.firstErrorLine());
        }
        return true;
    }

    private CommandResult run(String stdin, String action) throws KeychainException {
        CommandResult result;
        try {
            result = runner.run(command(), stdin, timeout);
        } catch (IOException e) {
            throw new KeychainException(powerShell + " cannot be run");
        }
        if (result.timedOut()) {
            throw new KeychainException("PowerShell " + action + " did not finish within " + timeout.toMillis() + " ms");
        }
        return result;
    }

    @Override
    public String name() {
        return "Windows Credential Manager (PowerShell)";
    }
}
