package dev.tandem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The I/O floor of a cohort evaluation, as a process: Jackson streaming-parses a JSON Lines evidence file from
 * its bytes with one parser over the whole stream and writes every token back out to a buffered standard
 * output, on one thread. Nothing is checked, grouped or evaluated, so no program that reads and writes the
 * same data through Jackson can be faster by much; {@code tandem evaluate} is compared with it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.IoFloor cohort.jsonl > /dev/null
 * }</pre>
 */
public final class IoFloor {

    private IoFloor() {
    }

    /**
     * Copies the evidence file's tokens to standard output.
     *
     * @param args the evidence file (JSON Lines)
     * @throws IOException when the file cannot be read or the output written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: IoFloor EVIDENCE.jsonl > /dev/null");
            System.exit(2);
        }
        long start = System.nanoTime();
        long tokens;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)) {
            tokens = copy(in, out);
        }
        System.err.printf("%,d tokens in %,d ms%n", tokens, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Parses every JSON value of the input and writes each token to the output.
     *
     * @param in  JSON values (JSON Lines or any sequence of root values)
     * @param out where the tokens go
     * @return how many tokens were copied
     * @throws IOException when the input cannot be read or the output written
     */
    public static long copy(InputStream in, OutputStream out) throws IOException {
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        try (JsonParser p = factory.createParser(in); JsonGenerator g = factory.createGenerator(out)) {
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            while (p.nextToken() != null) {
                g.copyCurrentEvent(p);
                tokens++;
            }
        }
        return tokens;
    }
}
