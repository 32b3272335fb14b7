package dev.mcpkit.maven.core.publish;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line, with credentials masked, to a log; what is left is handed over on close. */
final class MaskedLines extends Writer {

    private final SecretMask mask;
    private final Consumer<String> log;
    private final StringBuilder line = new StringBuilder();

    MaskedLines(SecretMask mask, Consumer<String> log) {
        this.mask = mask;
        this.log = log;
    }

    @Override
    public synchronized void write(char[] chars, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        log.accept(mask.apply(line.toString()));
        line.setLength(0);
    }

    @Override
    public void flush() {
        // lines go out whole; a partial line waits for its end or for close
    }

    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            emit();
        }
    }
}
