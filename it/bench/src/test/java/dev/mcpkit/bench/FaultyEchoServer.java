package dev.mcpkit.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The floor with one deliberate fault, to prove the driver notices it. Arguments: a mode and the number of the
 * tools/call it applies to (1-based). Modes: {@code drop}, {@code wrong-id}, {@code duplicate}, {@code wrong-text},
 * {@code silent-after} (no reply from that call on), {@code lose-at-eof} (replies held back in batches of 32 and
 * the unsent ones lost when stdin closes).
 */
public final class FaultyEchoServer {

    private FaultyEchoServer() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        int nth = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20);
        int calls = 0;
        int held = 0;
        String line;
        while ((line = in.readLine()) != null) {
            String reply = FloorEchoServer.answer(line);
            if (reply == null) {
                continue;
            }
            boolean isCall = line.contains("\"tools/call\"");
            if (isCall) {
                calls++;
            }
            if (isCall && calls == nth) {
                switch (mode) {
                    case "drop":
                        continue;
                    case "wrong-id":
                        reply = reply.replaceFirst("\"id\":(\\d+)", "\"id\":999999$1");
                        break;
                    case "duplicate":
                        out.write(reply + "\n");
                        break;
                    case "wrong-text":
                        reply = reply.replace("#", "@");
                        break;
                    default:
                        break;
                }
            }
            if (isCall && mode.equals("silent-after") && calls >= nth) {
                continue;
            }
            out.write(reply + "\n");
            if (mode.equals("lose-at-eof") && isCall && ++held < 32) {
                continue;
            }
            held = 0;
            out.flush();
        }
        if (mode.equals("lose-at-eof")) {
            Runtime.getRuntime().halt(0); // exit without flushing what is held back
        }
        out.flush();
    }
}
