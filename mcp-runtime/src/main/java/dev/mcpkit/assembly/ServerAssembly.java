package dev.mcpkit.assembly;

import dev.mcpkit.ToolSpec;
import dev.mcpkit.config.AuditLog;
import dev.mcpkit.config.ConfigEnvironment;
import dev.mcpkit.config.SettingsModel;
import dev.mcpkit.model.AnnotationScanner;
import dev.mcpkit.model.IdentityResolver;
import dev.mcpkit.model.Names;
import dev.mcpkit.model.ServerModel;
import dev.mcpkit.model.SpecTools;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.model.ToolExposure;
import dev.mcpkit.protocol.CallHooks;
import dev.mcpkit.protocol.FirstCallClasses;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Puts a server together from its annotated class, registered components and tools built in
 * code: the {@link ServerModel} (tools, resources, prompts) and the {@link ServerSettings}. Both
 * are built on first use; {@link #prepareForServing()} builds them on two cores at once, and the
 * answer to {@code initialize} waits for neither the settings nor the tool schemas.
 */
public final class ServerAssembly {

    private final Object server;
    private final Class<?> stopAt;
    // copy-on-write: the settings thread reads them while the main thread builds the model under `this`
    private final List<Object> components = new CopyOnWriteArrayList<>();
    private final List<ToolSpec> specs = new CopyOnWriteArrayList<>();
    private final Object settingsLock = new Object();   // not `this`: the model is built under that lock at the same time
    private volatile ServerModel model;
    private ServerSettings settings;
    private ConfigEnvironment environment;   // guarded by settingsLock
    private boolean settingsChecked;
    private boolean prepareSchemasEarly;
    private volatile SettingsLoader firstPass;   // started by prepareForServing
    private volatile ToolExposure exposure = ToolExposure.ALL;

    /** @param stopAt the base class whose methods are not scanned (McpServer) */
    public ServerAssembly(Object server, Class<?> stopAt) {
        this.server = server;
        this.stopAt = stopAt;
    }

    /** Adds another object's annotated methods; while serving, clients are told the lists changed. */
    public void register(Object component) {
        ServerModel m;
        synchronized (this) {
            components.add(component);
            m = model;
        }
        if (m != null) {
            new AnnotationScanner(m).scan(component, Object.class);
        }
    }

    /** Adds a tool built in code. */
    public void addTool(ToolSpec spec) {
        ServerModel m;
        synchronized (this) {
            specs.add(spec);
            m = model;
        }
        if (m != null) {
            ToolDefinition tool = SpecTools.definition(spec);
            registerNeeds(settings().model(), tool);
            m.addTool(tool);
        }
    }

    /** Removes a tool by name; false if there was none. */
    public boolean removeTool(String name) {
        ServerModel m;
        synchronized (this) {
            specs.removeIf(s -> s.name().equals(name));
            m = model;
        }
        return m != null && m.removeTool(name);
    }

    /** Which tools the sessions of this server start out seeing. */
    public ToolExposure exposure() {
        return exposure;
    }

    /**
     * Exposes only some tools (see {@link ToolExposure}); null when that is done, else why not: a toolset the server's
     * tools do not have, with the ones they have.
     */
    public String expose(ToolExposure chosen) {
        String problem = problemWith(chosen);
        if (problem == null) {
            exposure = chosen;
        }
        return problem;
    }

    /** Why {@code chosen} cannot be applied (a toolset the server's tools do not have), or null. */
    String problemWith(ToolExposure chosen) {
        if (chosen.toolsets() != null) {
            List<String> known = ToolExposure.toolsetsOf(model().tools());
            List<String> unknown = new java.util.ArrayList<>(chosen.toolsets());
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                return "unknown toolset" + (unknown.size() == 1 ? " '" : "s '") + String.join("', '", unknown) + "'; "
                        + (known.isEmpty() ? "this server's tools have no toolsets" : "this server has: " + String.join(", ", known)
                        + " (or all)");
            }
        }
        return null;
    }

    /** The class loader of the server's own class: where extensions it depends on are found. */
    public ClassLoader classLoader() {
        ClassLoader loader = server.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /** The server's name before the model exists (for messages about the command line). */
    public String provisionalName() {
        ServerModel m = model;
        return m != null ? m.identity().name() : Names.serverName(server.getClass());
    }

    /** The model, built on first use from the annotations and registrations. */
    public ServerModel model() {
        ServerModel m = model;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (model == null) {
                ServerModel built = new ServerModel(IdentityResolver.resolve(server.getClass()));
                if (prepareSchemasEarly) {
                    built.prepareInBackground(FirstCallClasses::load);
                }
                AnnotationScanner scanner = new AnnotationScanner(built);
                scanner.scan(server, stopAt);
                for (Object c : components) {
                    scanner.scan(c, Object.class);
                }
                for (ToolSpec s : specs) {
                    built.addTool(SpecTools.definition(s));
                }
                model = built;
            }
            return model;
        }
    }

    /** The settings with every tool's needs registered; declaration mistakes fail here. */
    public ServerSettings settings() {
        ServerModel m = model();
        ServerSettings s = declaredSettings();
        synchronized (this) {
            if (!settingsChecked) {
                for (ToolDefinition tool : m.tools()) {
                    registerNeeds(s.model(), tool);
                }
                s.model().validate();
                settingsChecked = true;
            }
        }
        return s;
    }

    private static void registerNeeds(SettingsModel model, ToolDefinition tool) {
        if (!tool.settings().isEmpty()) {
            model.toolNeeds(tool.name(), tool.settings().toArray(new String[0]));
        }
    }

    /**
     * What serving needs before the first message, on two cores: this thread builds the tools
     * (their schemas on a third thread as they come), another declares the settings and reads the
     * environment and .env files, then checks them against the tools. Returns once the tools are
     * built; {@link #servingHooks()} waits for the settings after the initialize answer.
     */
    public void prepareForServing() {
        SettingsLoader loader = new SettingsLoader();
        Thread thread = new Thread(loader, "mcp-settings");
        thread.setDaemon(true);
        firstPass = loader;
        thread.start();
        synchronized (this) {
            prepareSchemasEarly = true;
        }
        model();
    }

    /**
     * The settings once their first pass is done, for serving. A mistake found on the way (a
     * setting declared wrongly, a tool needing an undeclared one) is a {@link StartupFailure}.
     */
    public ServerSettings awaitSettings() {
        SettingsLoader loader = firstPass;
        try {
            if (loader != null) {
                loader.await();
            }
            return settings();
        } catch (RuntimeException e) {
            throw new StartupFailure(e);
        }
    }

    /**
     * Hooks for a serving session that wait for the settings on first use: the first is the
     * client's initialize answer having been sent, so start-up does not wait for the settings
     * while every request that can run user code still finds them injected.
     */
    public CallHooks servingHooks() {
        return new AwaitedSettings(this);
    }

    /** Declares the settings, runs their first pass and checks them against the tools. */
    private final class SettingsLoader implements Runnable {
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile RuntimeException failure;

        @Override
        public void run() {
            try {
                declaredSettings().resolveFirstPass();
                settings();   // each tool's needs, checked once the main thread has built the tools
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                done.countDown();
            }
        }

        void await() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the settings were being read", e);
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private ServerSettings declaredSettings() {
        synchronized (settingsLock) {
            if (settings == null) {
                SettingsModel declared = new SettingsModel().scanObject(server, stopAt);
                for (Object c : components) {
                    declared.scanObject(c);
                }
                declared.add(AuditLog.setting());
                settings = new ServerSettings(declared, configEnvironment());
            }
            return settings;
        }
    }

    /** Where settings are read: the process environment, the working directory and the server's config directory. */
    ConfigEnvironment configEnvironment() {
        synchronized (settingsLock) {
            if (environment == null) {
                String name = IdentityResolver.resolve(server.getClass()).name();
                Class<?> serverClass = server.getClass();
                environment = ConfigEnvironment.builder(name).command(() -> LaunchCommand.of(serverClass, name)).build();
            }
            return environment;
        }
    }
}
