package dev.mcpkit.maven.core.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders and everything below them (folders created later too), and runs an action once the files
 * have stopped changing for {@link #QUIET_MILLIS}: an editor's save, or a branch switch, is one change. Editors' own
 * files (hidden ones, backups ending in {@code ~}, swap files) are not changes.
 */
final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 300;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Runnable onChange;
    private final PrintStream err;
    private final Thread thread;

    private SourceWatcher(WatchService service, Runnable onChange, PrintStream err) {
        this.service = service;
        this.onChange = onChange;
        this.err = err;
        this.thread = new Thread(this::loop, "mcp-dev-watch");
        thread.setDaemon(true);
    }

    static SourceWatcher start(List<Path> roots, Runnable onChange, PrintStream err) throws IOException {
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), onChange, err);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                watcher.registerAll(root);
            }
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), dir);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                for (WatchKey key; (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    changed |= drain(key);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the client has gone
        }
    }

    /** Whether the key's events include a change to a source; folders that appeared are watched from now on. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path)) {
                changed = true;   // overflow: something changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
                continue;
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerAll(path);
                } catch (IOException e) {
                    err.println("mcp:dev: cannot watch " + path + ": " + e.getMessage());
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
