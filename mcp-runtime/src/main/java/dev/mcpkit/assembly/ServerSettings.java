package dev.mcpkit.assembly;

import dev.mcpkit.Caller;
import dev.mcpkit.config.AuditLog;
import dev.mcpkit.config.ConfigEnvironment;
import dev.mcpkit.config.ResolvedSetting;
import dev.mcpkit.config.ResolvedSettings;
import dev.mcpkit.config.SettingDefinition;
import dev.mcpkit.config.SettingStatus;
import dev.mcpkit.config.SettingsModel;
import dev.mcpkit.config.SettingsResolver;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.protocol.CallHooks;
import dev.mcpkit.protocol.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A server's settings while it serves. Resolution runs in two passes so that start-up never waits
 * for a keychain process: the environment and {@code .env} files are read and injected before the
 * first message; the OS keychain is asked on a background thread, and a tool that declares
 * settings waits for that pass before it runs. Also the audit log.
 */
public final class ServerSettings implements CallHooks {

    private final SettingsModel model;
    private final ConfigEnvironment environment;
    private static final long KEYCHAIN_DELAY_MILLIS = 300;

    private final CountDownLatch complete = new CountDownLatch(1);
    private final CountDownLatch clientInitialized = new CountDownLatch(1);
    private boolean wanted;   // guarded by secondPassStarted: a tool is waiting for the keychain pass
    private final java.util.concurrent.atomic.AtomicBoolean secondPassStarted = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile ResolvedSettings resolved;
    private volatile AuditLog audit = AuditLog.off();

    public ServerSettings(SettingsModel model, ConfigEnvironment environment) {
        this.model = model;
        this.environment = environment;
    }

    public SettingsModel model() {
        return model;
    }

    public ConfigEnvironment environment() {
        return environment;
    }

    /**
     * The first pass: reads the environment and .env files and injects the values. The server
     * runs it on its own thread while the main thread builds the tools.
     */
    public void resolveFirstPass() {
        ConfigEnvironment fast = environment.withKeychain(new DeferredKeychain());
        ResolvedSettings first = new SettingsResolver(fast).resolve(model, true, null);
        first.injectInto();
        resolved = first;
        if (first.isComplete()) {
            finish(first);
            return;
        }
        // created now, on the settings thread, so the initialize answer does not pay for a thread start
        Thread keychainPass = new Thread(new KeychainPass(KEYCHAIN_DELAY_MILLIS), "mcp-settings-keychain");
        keychainPass.setDaemon(true);
        keychainPass.start();
    }

    /**
     * Schedules the second pass shortly after the client got its initialize answer, when clients
     * list tools and make first calls: starting a keychain process then would compete with them.
     * A tool that needs settings starts it at once (see {@link #missingRequirements}).
     */
    @Override
    public void initialized(Session session) {
        clientInitialized.countDown();
    }

    private void finish(ResolvedSettings s) {
        String warning = s.startupWarning();
        if (warning != null) {
            environment.diagnostics().println(warning);
        }
        AuditLog log = AuditLog.fromSettings(s);
        log.configurationLoaded(s);
        for (ResolvedSetting setting : s.all()) {
            if (setting.definition().secret() && setting.status() == SettingStatus.OK) {
                log.secretAccess(setting.definition().key(), setting.source().label());
            }
        }
        resolved = s;
        audit = log;
        complete.countDown();
    }

    /** The second pass: the full hierarchy, keychain included; runs once, whoever starts it first. */
    private final class KeychainPass implements Runnable {
        private final long delayMillis;

        KeychainPass(long delayMillis) {
            this.delayMillis = delayMillis;
        }

        @Override
        public void run() {
            try {
                clientInitialized.await();
                long end = System.currentTimeMillis() + delayMillis;
                synchronized (secondPassStarted) {
                    long left;
                    while (!wanted && (left = end - System.currentTimeMillis()) > 0) {
                        secondPassStarted.wait(left);   // woken early when a tool needs the settings
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!secondPassStarted.compareAndSet(false, true)) {
                return;
            }
            ResolvedSettings full = resolved;
            try {
                full = new SettingsResolver(environment).resolve(model, true, null);
                full.injectInto();
            } catch (RuntimeException e) {
                environment.diagnostics().println("mcpkit: reading settings from the keychain failed: " + e.getMessage());
            } finally {
                finish(full);
            }
        }
    }

    @Override
    public String missingRequirements(ToolDefinition tool) {
        if (tool.settings().isEmpty()) {
            return null;
        }
        if (resolved == null) {
            return missingFields(tool);   // not serving: the in-process test client, where the test sets the fields
        }
        if (complete.getCount() > 0) {
            clientInitialized.countDown();
            synchronized (secondPassStarted) {
                wanted = true;
                secondPassStarted.notifyAll();   // the delayed pass starts now
            }
        }
        try {
            complete.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Tool " + tool.name() + " was interrupted while its settings were being read";
        }
        ResolvedSettings s = resolved;
        return s == null ? null : s.missingForTool(tool.name());
    }

    /**
     * Without resolution (tests), a tool is refused like at serve time when a field-bound setting it
     * needs holds no value, so a test sees the same answer a client would.
     */
    private String missingFields(ToolDefinition tool) {
        for (String key : tool.settings()) {
            SettingDefinition d = model.find(key);
            SettingDefinition.FieldBinding binding = d == null ? null : d.binding();
            if (binding == null) {
                continue;
            }
            Object value;
            try {
                value = binding.field().get(binding.target());
            } catch (IllegalAccessException e) {
                continue;
            }
            if (value == null || value instanceof java.util.Optional && ((java.util.Optional<?>) value).isEmpty()) {
                if (d.required()) {
                    return "Tool " + tool.name() + " cannot run: setting " + key + " is not configured (in a test, set the field "
                            + binding.field().getName() + " before calling the tool).";
                }
            }
        }
        return null;
    }

    @Override
    public void toolCalled(Session session, Object requestId, Caller caller, String tool, Map<String, Object> arguments, String outcome,
                           long durationNanos) {
        AuditLog log = audit;
        if (log.enabled()) {
            log.toolCall(tool, List.copyOf(arguments.keySet()), outcome, durationNanos / 1_000_000L, requestId,
                    session.clientName(), session.clientVersion(), session.id(), caller == null ? null : caller.subject());
        }
    }

    /** Masks the secret values known so far: those of the first pass, then of the full one. */
    @Override
    public String maskSecrets(String text) {
        ResolvedSettings s = resolved;
        return s == null ? text : s.maskSecrets(text);
    }

    @Override
    public void requestRejected(Session session, Object requestId, String method, int code, String message) {
        AuditLog log = audit;
        if (log.enabled()) {
            log.requestRejected(method, code + " " + message, requestId, session.clientName(), session.clientVersion(), session.id());
        }
    }
}
