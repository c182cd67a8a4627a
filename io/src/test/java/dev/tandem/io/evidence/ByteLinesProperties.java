package dev.tandem.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.io.internal.Utf8;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Cutting lines from bytes gives what decoding the bytes strictly and cutting the characters gives: the same
 * lines, the same too-long flags, and the same error, at the same line and column, where the bytes stop being
 * UTF-8.
 */
class ByteLinesProperties {

    private static final HexFormat HEX = HexFormat.of();

    /** Pieces of input, mostly valid UTF-8 of one to four bytes, some of them bytes that are not UTF-8. */
    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.just("61")),        // a
                Tuple.of(6, Arbitraries.just("20")),         // space
                Tuple.of(3, Arbitraries.just("0a")),         // LF
                Tuple.of(2, Arbitraries.just("0d")),         // CR
                Tuple.of(3, Arbitraries.just("c3a9")),       // e acute
                Tuple.of(2, Arbitraries.just("e282ac")),     // euro sign
                Tuple.of(1, Arbitraries.just("e28083")),     // em space (white space)
                Tuple.of(2, Arbitraries.just("f09f9880")),   // an emoji: two UTF-16 characters
                Tuple.of(1, Arbitraries.of("c3", "80", "c0af", "eda080", "f5", "e08080", "f4908080", "e282",
                        "ff")));                             // not UTF-8
        return Arbitraries.integers().between(0, 1).flatMap(bom -> piece.list().ofMaxSize(45_000).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom == 1) {
                out.writeBytes(HEX.parseHex("efbbbf"));
            }
            pieces.forEach(p -> out.writeBytes(HEX.parseHex(p)));
            return out.toByteArray();
        }));
    }

    @Property(tries = 150)
    void bytesAreCutLikeTheirStrictDecoding(@ForAll("inputs") byte[] input,
            @ForAll @IntRange(min = 1, max = 70_000) int maxLength) throws IOException {
        assertThat(lines(new ByteLines(new ByteArrayInputStream(input), maxLength), maxLength))
                .isEqualTo(lines(new LineSource(Utf8.reader(new ByteArrayInputStream(input)), maxLength), maxLength));
    }

    @Example
    void aSequenceCutByTheBufferEndIsCheckedAcrossIt() throws IOException {
        byte[] input = new byte[(1 << 16) + 10];
        java.util.Arrays.fill(input, (byte) 'a');
        input[(1 << 16) - 1] = (byte) 0xE2; // a euro sign split by the 64 KiB read buffer, then a bad byte
        input[1 << 16] = (byte) 0x82;
        input[(1 << 16) + 1] = (byte) 'b';
        List<String> lines = lines(new ByteLines(new ByteArrayInputStream(input), 1 << 20), 1 << 20);
        assertThat(lines).containsExactly("error line 1 column 65536 byte E2");
    }

    @Example
    void aLineSpreadOverManyReadsIsWhole() throws IOException {
        String line = "é".repeat(100_000);
        byte[] input = (line + "\r\n" + "x").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 777)); // short reads, as from a pipe
            }
        };
        assertThat(lines(new ByteLines(trickle, 200_000), 200_000))
                .containsExactly("1 false " + line, "2 false x");
    }

    /** {@return each line as "number tooLong text" (text only when not too long), then the error if any} */
    private static List<String> lines(Lines source, int maxLength) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            while (source.next()) {
                String text = source instanceof ByteLines b
                        ? new String(b.bytes(), b.offset(), b.length(), StandardCharsets.UTF_8)
                        : new String(((LineSource) source).chars(), 0, ((LineSource) source).length());
                out.add(source.lineNumber() + " " + source.tooLong() + (source.tooLong() ? ""
                        : " " + text + (source.isBlank() ? " blank" : "")));
            }
        } catch (Utf8.Malformed e) {
            out.add("error line " + e.line() + " column " + e.column() + " byte "
                    + e.describe().replaceAll(".*byte 0x(..).*", "$1"));
        }
        return out;
    }
}
