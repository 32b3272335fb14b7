package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.clients.ClientConfigWriter;
import dev.mcpkit.maven.core.clients.ClientConfigs;
import dev.mcpkit.maven.core.clients.ConfigFormat;
import dev.mcpkit.maven.core.clients.InstallDocs;
import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.launcher.LauncherRequest;
import dev.mcpkit.maven.core.launcher.LauncherWriter;
import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.DistributionDocuments;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.setup.ServerRequest;

/**
 * What {@code mcp:package} does, without Maven: from a described server and the build output it writes
 * everything under {@code target/mcp/} (see the module README) and returns the list for the summary.
 */
public final class ServerPackager {

    static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(60);   // a healthy training run takes seconds

    private final ServerDescriber describer;

    public ServerPackager(ServerDescriber describer) {
        this.describer = describer;
    }

    /** Describes the server from the build output, then packages it. */
    public PackageResult pack(ServerRequest server, PackageRequest req) throws DescribeException, IOException {
        ServerDescriptor descriptor = describer.describe(server.command(), server.mode(), server.runtimeOnClasspath(),
                server.declaredSettings());
        return pack(descriptor, server.nameOverride(), req);
    }

    public PackageResult pack(ServerDescriptor descriptor, String nameOverride, PackageRequest req) throws IOException {
        return new Packaging(descriptor, nameOverride, req).run();
    }

    /** One packaging run: the names it derives, what it has written so far, and one method per output. */
    private static final class Packaging {

        private final ServerDescriptor descriptor;
        private final PackageRequest req;
        private final ServerProject project;
        private final String name;
        private final String version;
        private final String root;
        private final Path out;
        private final Path here;
        private final Path lib;
        private final List<String> warnings = new ArrayList<>();
        private final List<PackagedFile> files = new ArrayList<>();

        Packaging(ServerDescriptor descriptor, String nameOverride, PackageRequest req) {
            this.descriptor = descriptor;
            this.req = req;
            this.project = req.project();
            this.name = nameOverride != null && !nameOverride.isBlank() ? nameOverride.trim() : descriptor.server().name();
            this.version = project.coordinates().version();
            this.root = name + "-" + version + "/";
            this.out = req.outputDir().toAbsolutePath();
            // the commands in the summary are meant to be pasted in the project directory, where mvn ran
            this.here = req.basedir() != null && out.startsWith(req.basedir().toAbsolutePath()) ? req.basedir().toAbsolutePath() : out;
            this.lib = out.resolve("lib");
        }

        PackageResult run() throws IOException {
            // checked before anything is written, so a wrong configuration leaves the last good output alone
            String registryName = RegistryEntry.name(req.registryName(), name, project);
            String registryDescription = RegistryEntry.description(req.registryDescription(), project, descriptor.server().description());
            LauncherRequest launcher = new LauncherRequest(name, version, name + "-" + version + ".jar", req.javaRelease(), req.jvmOptions());

            for (String owned : List.of("bin", "lib", "clients")) {
                deleteTree(out.resolve(owned));
            }
            Files.createDirectories(out);
            Path jar = jar(launcher.jarName());
            launcher = new LauncherRequest(launcher.name(), launcher.version(), launcher.jarName(), launcher.javaRelease(),
                    launcher.jvmOptions(), digest(lib.resolve(launcher.jarName())), req.mainClass());
            List<Path> launchers = new LauncherWriter(req.templates()).write(launcher, out.resolve("bin"));
            files.add(new PackagedFile(launchers.get(0), "launcher (POSIX sh)", rel(here, launchers.get(0)) + " --help"));
            files.add(new PackagedFile(launchers.get(1), "launcher (Windows)", rel(here, launchers.get(1)).replace('/', '\\') + " --help"));
            startupArchive(lib.resolve(launcher.jarName()));
            List<ArchiveEntry> dist = distributionEntries(launchers);
            distributions(dist, lib.resolve(launcher.jarName()));
            Path clients = out.resolve("clients");
            writeClients(clients, name, descriptor, req, launchers, jar);
            files.add(new PackagedFile(clients, "client configurations (launcher; java/ and jbang/ modes)",
                    "cat " + rel(here, clients.resolve("claude-desktop.json"))));
            String description = firstNonBlank(descriptor.server().description(), project.metadata().description(), name);
            Path mcpb = bundle(dist, description);
            registryEntry(mcpb, registryName, registryDescription);
            Path catalog = out.resolve("jbang-catalog.json");
            Files.writeString(catalog, ConfigFormat.JSON.write(JbangCatalog.build(name, description, project, req.javaRelease())),
                    StandardCharsets.UTF_8);
            files.add(new PackagedFile(catalog, "JBang catalog", "jbang --catalog " + rel(here, catalog) + " " + name));
            return new PackageResult(name, files, warnings);
        }

        /** The first 12 hex digits of the SHA-256 of a file: keys the start-up cache to the jar's contents. */
        private String digest(Path file) throws IOException {
            return FileDigest.sha256(file).substring(0, 12);
        }

        /** {@code lib/<jar>} (what the launchers start) and its copy {@code <jar>} (what {@code java -jar} configs name). */
        private Path jar(String jarName) throws IOException {
            Path libJar = lib.resolve(jarName);
            ZipWriter.write(libJar, ExecutableJar.entries(req.classes(), req.dependencies(), req.layout(), req.mainClass(),
                    project.coordinates().artifactId(), version), req.timestamp());
            stamp(libJar);
            Path jar = out.resolve(jarName);
            Files.copy(libJar, jar, StandardCopyOption.REPLACE_EXISTING);
            stamp(jar);
            if (req.layout() == JarLayout.THIN) {
                for (Path dependency : req.dependencies()) {
                    Path copy = lib.resolve(dependency.getFileName().toString());
                    Files.copy(dependency, copy, StandardCopyOption.REPLACE_EXISTING);
                    stamp(copy);
                }
            }
            files.add(new PackagedFile(jar, "executable jar (" + req.layout().name().toLowerCase(Locale.ROOT) + ")",
                    "java -jar " + rel(here, jar) + " --version"));
            return jar;
        }

        /** The JDK 17/18 start-up archive (newer JDKs create theirs on the user's first run). */
        private void startupArchive(Path libJar) throws IOException {
            int buildRelease = TrainingRun.release(req.java());
            if (!req.trainingRun() || (buildRelease != 17 && buildRelease != 18)) {
                return;
            }
            Path jsa = lib.resolve(name + ".jsa");
            String problem = TrainingRun.run(req.java(), libJar, jsa, descriptor, TRAINING_TIMEOUT);
            if (problem != null) {
                warnings.add("No start-up archive: " + problem + ". The server still runs, only its start is slower.");
            } else {
                stamp(jsa);
                files.add(new PackagedFile(jsa, "AppCDS archive for this JDK " + buildRelease + " (used by bin/" + name + ")", null));
            }
        }

        /** bin/, lib/ and the project's documents, relative to the distribution's root. */
        private List<ArchiveEntry> distributionEntries(List<Path> launchers) throws IOException {
            List<ArchiveEntry> dist = new ArrayList<>();
            ArchiveEntry posix = ArchiveEntry.of("bin/" + name, launchers.get(0));
            dist.add(new ArchiveEntry(posix.name(), posix.content(), true));
            dist.add(ArchiveEntry.of("bin/" + name + ".cmd", launchers.get(1)));
            for (Path f : sortedFiles(lib)) {
                // a JDK 17/18 archive is bound to the JDK build and to the jar's path at training time, so it only
                // helps where it was made (target/mcp, where mcp:install points clients); shipped, it would be dead
                // weight and would make the archives differ on every build
                if (!f.getFileName().toString().endsWith(".jsa")) {
                    dist.add(ArchiveEntry.of("lib/" + f.getFileName(), f));
                }
            }
            dist.addAll(documents(req.basedir()));
            return dist;
        }

        /** zip, tar.gz and, with jlink, the self-contained tar.gz whose runtime/ the launcher prefers. */
        private void distributions(List<ArchiveEntry> dist, Path libJar) throws IOException {
            List<ArchiveEntry> rooted = new ArrayList<>();
            dist.forEach(e -> rooted.add(e.under(root)));
            Path zip = out.resolve(name + "-" + version + ".zip");
            Path tarGz = out.resolve(name + "-" + version + ".tar.gz");
            ZipWriter.write(zip, rooted, req.timestamp());
            TarGzWriter.write(tarGz, rooted, req.timestamp());
            files.add(new PackagedFile(zip, "distribution (zip)", "unzip " + rel(here, zip) + " && " + root + "bin/" + name + " --help"));
            files.add(new PackagedFile(tarGz, "distribution (tar.gz)", "tar xzf " + rel(here, tarGz) + " && " + root + "bin/" + name + " --help"));
            if (!req.jlink()) {
                return;
            }
            Path runtime = out.resolve("runtime");
            List<String> modules = JlinkRuntime.create(req.java(), libJar, req.javaRelease(), runtime);
            List<ArchiveEntry> selfContained = new ArrayList<>(rooted);
            List<Path> runtimeFiles;
            try (Stream<Path> walk = Files.walk(runtime)) {
                runtimeFiles = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : runtimeFiles) {
                selfContained.add(ArchiveEntry.of(root + "runtime/" + runtime.relativize(f).toString().replace('\\', '/'), f));
            }
            Path full = out.resolve(name + "-" + version + "-" + JlinkRuntime.platform() + ".tar.gz");
            TarGzWriter.write(full, selfContained, req.timestamp());
            JlinkRuntime.deleteTree(runtime);
            files.add(new PackagedFile(full, "self-contained (" + String.join(",", modules) + ")",
                    "tar xzf " + rel(here, full) + " && " + root + "bin/" + name + " --help"));
        }

        /** The MCP Bundle: manifest.json, the launchers and jars under server/, the documents at the top; no directory entries. */
        private Path bundle(List<ArchiveEntry> dist, String description) throws IOException {
            List<ArchiveEntry> bundle = new ArrayList<>();
            bundle.add(new ArchiveEntry("manifest.json", ConfigFormat.JSON.write(
                    McpbManifest.build(name, descriptor, project, description, author())).getBytes(StandardCharsets.UTF_8), false));
            for (ArchiveEntry e : dist) {
                bundle.add(e.name().startsWith("bin/") || e.name().startsWith("lib/") ? e.under("server/") : e);
            }
            Path mcpb = out.resolve(name + "-" + version + ".mcpb");
            ZipWriter.writeFilesOnly(mcpb, bundle, req.timestamp());
            files.add(new PackagedFile(mcpb, "MCP Bundle", "double-click it, or Claude Desktop: Settings > Extensions > Install Extension"));
            return mcpb;
        }

        private void registryEntry(Path mcpb, String registryName, String registryDescription) throws IOException {
            String bundleUrl = RegistryEntry.bundleUrl(req.bundleUrl(), project, mcpb.getFileName().toString());
            if (!bundleUrl.startsWith("https://")) {
                warnings.add("server.json: the .mcpb has no download URL (no GitHub <scm> in pom.xml): set <bundleUrl> (mcp.bundleUrl)"
                        + " before publishing to the MCP Registry.");
            }
            Path serverJson = out.resolve("server.json");
            Files.writeString(serverJson, ConfigFormat.JSON.write(RegistryEntry.build(registryName, descriptor.server().title(),
                    registryDescription, project, bundleUrl, FileDigest.sha256(mcpb), descriptor.settings())), StandardCharsets.UTF_8);
            files.add(new PackagedFile(serverJson, "MCP Registry entry (" + registryName + ")", "mcp-publisher publish"));
        }

        private String author() {
            ProjectMetadata.Person author = project.metadata().author();
            if (author != null && author.name() != null && !author.name().isBlank()) {
                return author.name();
            }
            warnings.add("manifest.json: no author in pom.xml, so the bundle names " + project.coordinates().groupId()
                    + ": add a <developers><developer><name> or an <organization><name>.");
            return project.coordinates().groupId();
        }

        /** Archive readers (and AppCDS, which checks the jar's time) see the same time as inside the archives. */
        private void stamp(Path file) throws IOException {
            Files.setLastModifiedTime(file, FileTime.from(req.timestamp()));
        }
    }

    private static void writeClients(Path dir, String name, ServerDescriptor descriptor, PackageRequest req, List<Path> launchers,
                                     Path jar) throws IOException {
        LaunchSpec launcherSpec = req.windows()
                ? LaunchSpecs.windowsLauncher(launchers.get(1).toAbsolutePath(), descriptor.settings())
                : LaunchSpecs.launcher(launchers.get(0).toAbsolutePath(), descriptor.settings());
        LaunchSpec javaSpec = LaunchSpecs.javaJar(req.java().toAbsolutePath(), jar.toAbsolutePath(), req.jvmOptions(), descriptor.settings());
        Coordinates p = req.project().coordinates();
        LaunchSpec jbangSpec = req.windows()
                ? LaunchSpecs.windowsJbang(req.javaRelease(), p.groupId(), p.artifactId(), p.version(), descriptor.settings())
                : LaunchSpecs.jbang(req.javaRelease(), p.groupId(), p.artifactId(), p.version(), descriptor.settings());
        for (LaunchSpec spec : List.of(launcherSpec, javaSpec, jbangSpec)) {
            Path target = spec.mode() == LaunchMode.LAUNCHER ? dir : dir.resolve(spec.mode().id());
            Files.createDirectories(target);
            for (ClientConfigWriter writer : ClientConfigs.all()) {
                String ext = "." + writer.format().fileExtension();
                Files.writeString(target.resolve(writer.id() + ext), writer.snippetText(name, spec), StandardCharsets.UTF_8);
            }
            Path script = target.resolve("claude-mcp-add.sh");
            Files.writeString(script, ClientConfigs.claudeMcpAddScript(name, spec), StandardCharsets.UTF_8);
            script.toFile().setExecutable(true, false);
        }
        // for a README: the version this one is released as, through JBang on any platform
        LaunchSpec released = LaunchSpecs.jbang(req.javaRelease(), p.groupId(), p.artifactId(), p.releaseVersion(), descriptor.settings());
        Files.writeString(dir.resolve("INSTALL.md"), InstallDocs.document(name, p.releaseVersion(), descriptor.server().description(),
                released, new TextTemplates(req.templates())), StandardCharsets.UTF_8);
    }

    /** README, LICENSE (and NOTICE) and .env.example from the project directory, when present. */
    static List<ArchiveEntry> documents(Path basedir) throws IOException {
        List<ArchiveEntry> docs = new ArrayList<>();
        if (basedir == null || !Files.isDirectory(basedir)) {
            return docs;
        }
        for (Path f : sortedFiles(basedir)) {
            String n = f.getFileName().toString();
            if (DistributionDocuments.isDocument(n)) {
                docs.add(ArchiveEntry.of(n, f));
            }
        }
        return docs;
    }

    private static List<Path> sortedFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static String rel(Path base, Path file) {
        return base.relativize(file).toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }


    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
