package dev.mcpkit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a server offers: its identity, tools, resources, templates, prompts and completions.
 * Thread-safe; lists are returned as snapshots in registration order.
 */
public final class ServerModel {

    private final ServerIdentity identity;
    private final Map<String, ToolDefinition> tools = new LinkedHashMap<>();
    private final Map<String, ResourceDefinition> resources = new LinkedHashMap<>();
    private final Map<String, ResourceDefinition> templates = new LinkedHashMap<>();
    private final Map<String, PromptDefinition> prompts = new LinkedHashMap<>();
    private final Map<String, CompletionSource> completions = new LinkedHashMap<>();
    private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();
    private Preparation preparation;   // guarded by this

    public ServerModel(ServerIdentity identity) {
        this.identity = identity;
    }

    public ServerIdentity identity() {
        return identity;
    }

    public void addListener(ModelListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ModelListener listener) {
        listeners.remove(listener);
    }

    public void addTool(ToolDefinition tool) {
        synchronized (this) {
            if (tools.containsKey(tool.name())) {
                throw new DeclarationException("a tool named '" + tool.name() + "' is already registered");
            }
            tools.put(tool.name(), tool);
            if (preparation != null) {
                preparation.queue.add(tool);
            }
        }
        for (ModelListener l : listeners) {
            l.toolsChanged();
        }
    }

    public boolean removeTool(String name) {
        boolean removed;
        synchronized (this) {
            removed = tools.remove(name) != null;
        }
        if (removed) {
            for (ModelListener l : listeners) {
                l.toolsChanged();
            }
        }
        return removed;
    }

    /**
     * Makes the tools ready for clients on a background thread, while start-up goes on on the other
     * core: first {@code ahead} (what a layer above wants out of the first call's way), then, as
     * tools are added, each tool's schemas, so {@code tools/list} and the first calls normally find
     * them built. Called before the server's tools are scanned; the thread ends once no tool has
     * come for a while.
     */
    public void prepareInBackground(Runnable ahead) {
        Preparation p = new Preparation(ahead);
        synchronized (this) {
            preparation = p;
            for (ToolDefinition t : tools.values()) {
                p.queue.add(t);
            }
        }
        Thread t = new Thread(p, "mcp-schemas");
        t.setDaemon(true);
        t.start();
    }

    private static final class Preparation implements Runnable {
        private static final long IDLE_MILLIS = 2000;
        final java.util.concurrent.LinkedBlockingQueue<ToolDefinition> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        private final Runnable ahead;

        Preparation(Runnable ahead) {
            this.ahead = ahead;
        }

        @Override
        public void run() {
            try {
                ahead.run();
            } catch (RuntimeException | LinkageError e) {
                // only a head start: the first call does the same work itself, and reports what fails
            }
            try {
                ToolDefinition t;
                while ((t = queue.poll(IDLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
                    prepare(t);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void prepare(ToolDefinition t) {
            try {
                t.schemas();
            } catch (RuntimeException e) {
                System.err.println("mcpkit: tool '" + t.name() + "' cannot be described: " + e.getMessage());
            }
        }
    }

    public synchronized boolean hasTools() {
        return !tools.isEmpty();
    }

    public synchronized ToolDefinition tool(String name) {
        return tools.get(name);
    }

    public synchronized List<ToolDefinition> tools() {
        return new ArrayList<>(tools.values());
    }

    public void addResource(ResourceDefinition resource) {
        synchronized (this) {
            Map<String, ResourceDefinition> target = resource.isTemplate() ? templates : resources;
            if (target.containsKey(resource.uri())) {
                throw new DeclarationException("a resource with URI '" + resource.uri() + "' is already registered");
            }
            target.put(resource.uri(), resource);
        }
        for (ModelListener l : listeners) {
            l.resourcesChanged();
        }
    }

    public boolean removeResource(String uri) {
        boolean removed;
        synchronized (this) {
            removed = resources.remove(uri) != null || templates.remove(uri) != null;
        }
        if (removed) {
            for (ModelListener l : listeners) {
                l.resourcesChanged();
            }
        }
        return removed;
    }

    public synchronized List<ResourceDefinition> resources() {
        return new ArrayList<>(resources.values());
    }

    public synchronized List<ResourceDefinition> templates() {
        return new ArrayList<>(templates.values());
    }

    /** The resource for a concrete URI: a fixed one first, then the first template that matches; null if none. */
    public ResourceDefinition findResource(String uri) {
        List<ResourceDefinition> candidates;
        synchronized (this) {
            ResourceDefinition fixed = resources.get(uri);
            if (fixed != null) {
                return fixed;
            }
            candidates = new ArrayList<>(templates.values());
        }
        for (ResourceDefinition t : candidates) {
            if (t.template().match(uri) != null) {
                return t;
            }
        }
        return null;
    }

    public void addPrompt(PromptDefinition prompt) {
        synchronized (this) {
            if (prompts.containsKey(prompt.name())) {
                throw new DeclarationException("a prompt named '" + prompt.name() + "' is already registered");
            }
            prompts.put(prompt.name(), prompt);
        }
        for (ModelListener l : listeners) {
            l.promptsChanged();
        }
    }

    public boolean removePrompt(String name) {
        boolean removed;
        synchronized (this) {
            removed = prompts.remove(name) != null;
        }
        if (removed) {
            for (ModelListener l : listeners) {
                l.promptsChanged();
            }
        }
        return removed;
    }

    public synchronized PromptDefinition prompt(String name) {
        return prompts.get(name);
    }

    public synchronized List<PromptDefinition> prompts() {
        return new ArrayList<>(prompts.values());
    }

    public synchronized void addCompletion(String refKey, String argument, CompletionSource source) {
        completions.put(refKey + "\u0000" + argument, source);
    }

    /** The completion source for a prompt ({@code prompt:name}) or template ({@code resource:uri}) argument, or null. */
    public synchronized CompletionSource completion(String refKey, String argument) {
        return completions.get(refKey + "\u0000" + argument);
    }

    public synchronized boolean hasCompletions() {
        return !completions.isEmpty();
    }

    /** Tells subscribers that the contents of {@code uri} changed. */
    public void resourceUpdated(String uri) {
        for (ModelListener l : listeners) {
            l.resourceUpdated(uri);
        }
    }

    public static String promptRef(String name) {
        return "prompt:" + name;
    }

    public static String resourceRef(String uriTemplate) {
        return "resource:" + uriTemplate;
    }
}
