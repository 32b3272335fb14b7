package dev.mcpkit;

/** Entry point the stdio tests start as a real process. */
public final class StdioFixture {

    private StdioFixture() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--broken")) {
            new BrokenServer().run(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("--leaky")) {
            new LeakyServer().run(new String[0]);
            return;
        }
        if (args.length > 0 && args[0].equals("--broken-settings")) {
            new BrokenSettingsServer().run(new String[0]);
            return;
        }
        SampleServer server = new SampleServer();
        boolean defaultLimit = args.length > 0 && args[0].equals("--default-limit");
        if (defaultLimit) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        } else {
            server.maxMessageBytes(4096);
        }
        server.register(new Object() {
            @Tool(description = "Recurses until the stack overflows")
            public int overflow() {
                return overflow() + 1;
            }

            @Tool(description = "Prints to System.out")
            public String shout() {
                System.out.println("SHOUTING ON STDOUT");
                System.out.flush();
                return "shouted";
            }
        });
        server.run(args);
    }

    /** A server whose declarations are wrong: it must fail at start-up on stderr. */
    public static class BrokenServer extends McpServer {
        @Tool(description = "static tools are not allowed")
        public static String broken() {
            return "";
        }
    }

    /** A server whose failures carry its API key in their messages, as careless code does. */
    public static class LeakyServer extends McpServer {
        @Setting(description = "API key", secret = true)
        String LEAKY_API_KEY;

        @Tool(description = "Fetches")
        public String fetch() throws java.net.URISyntaxException {
            throw new java.net.URISyntaxException("https://api.example.com/v1?key=" + LEAKY_API_KEY + " now", "Illegal character");
        }

        @Resource(uri = "leaky://status")
        public String status() {
            throw new IllegalStateException("cannot reach https://api.example.com/v1?key=" + LEAKY_API_KEY);
        }
    }

    /** A server whose settings are declared wrongly: found while the client gets its initialize answer. */
    public static class BrokenSettingsServer extends McpServer {
        @Setting(description = "a secret must not have a default", secret = true, defaultValue = "hunter2")
        static String API_TOKEN;

        @Tool(description = "Echoes")
        public String echo(String text) {
            return text;
        }
    }
}
