package dev.mcpkit.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.spi.ToolProvider;

/**
 * The module's one entry point, found with {@link java.util.ServiceLoader} in a class loader of its own, so that only
 * JDK types cross. It builds an OCI image into a tar file with Jib (no Docker engine):
 * <pre>
 * build --output &lt;tar&gt; --name &lt;image reference&gt; --base &lt;image reference | scratch&gt;
 *       [--file &lt;local file&gt;=&lt;absolute path in the image&gt;[:&lt;octal mode&gt;]]... [--entrypoint &lt;word&gt;]...
 *       [--env KEY=VALUE]... [--label KEY=VALUE]... [--port N]... [--user U] [--workdir /dir] [--offline]
 * </pre>
 * The files go into one layer, every time stamp is the epoch, so the same inputs give the same image digest. Exit 0
 * built (the reference and digest on {@code out}), 2 a wrong command line, 1 anything that went wrong.
 */
public final class ImageTool implements ToolProvider {

    public static final String NAME = "mcpkit-image";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            Request request;
            try {
                request = Request.parse(args);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            JibContainer image = build(request);
            out.println("image " + request.name + " " + image.getDigest() + " in " + request.output);
            return 0;
        } catch (InvalidImageReferenceException e) {
            err.println("not an image reference: " + e.getMessage());
            return 1;
        } catch (ExecutionException | RegistryException | IOException | CacheDirectoryCreationException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            err.println("the image could not be built: " + cause);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static JibContainer build(Request r) throws InvalidImageReferenceException, IOException, InterruptedException,
            RegistryException, CacheDirectoryCreationException, ExecutionException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("server");
        for (Request.FileEntry file : r.files) {
            layer.addEntry(file.local, AbsoluteUnixPath.get(file.target), FilePermissions.fromOctalString(file.mode), Instant.EPOCH);
        }
        JibContainerBuilder builder = r.base.equals("scratch") ? Jib.fromScratch() : Jib.from(r.base);
        builder.addFileEntriesLayer(layer.build())
                .setEntrypoint(r.entrypoint)
                .setProgramArguments(List.of())
                .setEnvironment(r.env)
                .setLabels(r.labels)
                .setFormat(ImageFormat.OCI)
                .setCreationTime(Instant.EPOCH);
        for (int port : r.ports) {
            builder.addExposedPort(Port.tcp(port));
        }
        if (r.user != null) {
            builder.setUser(r.user);
        }
        if (r.workdir != null) {
            builder.setWorkingDirectory(AbsoluteUnixPath.get(r.workdir));
        }
        Containerizer to = Containerizer.to(TarImage.at(Path.of(r.output)).named(r.name))
                .setToolName("mcpkit")
                .setOfflineMode(r.offline);
        return builder.containerize(to);
    }

    /** The command line, read. */
    static final class Request {
        String output;
        String name;
        String base;
        final List<FileEntry> files = new ArrayList<>();
        final List<String> entrypoint = new ArrayList<>();
        final Map<String, String> env = new LinkedHashMap<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        final List<Integer> ports = new ArrayList<>();
        String user;
        String workdir;
        boolean offline;

        record FileEntry(Path local, String target, String mode) {
        }

        static Request parse(String... args) {
            if (args.length == 0 || !args[0].equals("build")) {
                throw new IllegalArgumentException("usage: build --output <tar> --name <image> --base <image|scratch> [--file"
                        + " <local>=<path in image>[:<mode>]]... [--entrypoint <word>]... [--env K=V]... [--label K=V]..."
                        + " [--port N]... [--user U] [--workdir DIR] [--offline]");
            }
            Request r = new Request();
            for (int i = 1; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--offline")) {
                    r.offline = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--output": r.output = value; break;
                    case "--name": r.name = value; break;
                    case "--base": r.base = value; break;
                    case "--file": r.files.add(file(value)); break;
                    case "--entrypoint": r.entrypoint.add(value); break;
                    case "--env": put(r.env, value, option); break;
                    case "--label": put(r.labels, value, option); break;
                    case "--port": r.ports.add(Integer.parseInt(value)); break;
                    case "--user": r.user = value; break;
                    case "--workdir": r.workdir = value; break;
                    default: throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (r.output == null || r.name == null || r.base == null) {
                throw new IllegalArgumentException("--output, --name and --base are required");
            }
            return r;
        }

        private static FileEntry file(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--file takes <local file>=<absolute path in the image>[:<octal mode>], not " + value);
            }
            String target = value.substring(eq + 1);
            String mode = "644";
            int colon = target.lastIndexOf(':');
            if (colon > 0) {
                mode = target.substring(colon + 1);
                target = target.substring(0, colon);
            }
            if (!target.startsWith("/")) {
                throw new IllegalArgumentException("the path in the image must be absolute: " + target);
            }
            return new FileEntry(Path.of(value.substring(0, eq)), target, mode);
        }

        private static void put(Map<String, String> map, String value, String option) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + " takes KEY=VALUE, not " + value);
            }
            map.put(value.substring(0, eq), value.substring(eq + 1));
        }
    }
}
