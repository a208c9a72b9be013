package org.jenode.terminal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jenode.terminal.TerminalSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real programs' output (recorded by {@code corpus/record.sh}) looks in the model as it looks in tmux:
 * the same characters with the same colours and attributes in every cell, the cursor in the same place,
 * the same screen (normal or alternate). tmux runs live, fed the same bytes at the same size.
 */
class CorpusTest {

    record Stream_(String name, TerminalSession.Size size) {
        @Override public String toString() { return name + " " + size; }
    }

    @BeforeAll
    static void tmuxIsThere() { assumeTrue(Tmux.available(), "tmux is not installed"); }

    static Stream<Stream_> corpus() throws IOException, URISyntaxException {
        return Files.readAllLines(corpusDir().resolve("corpus.txt")).stream().filter(l -> !l.isBlank()).map(l -> {
            String[] f = l.trim().split(" ");
            return new Stream_(f[0], new TerminalSession.Size(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        });
    }

    static Path corpusDir() throws URISyntaxException {
        return Path.of(CorpusTest.class.getResource("/corpus/corpus.txt").toURI()).getParent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void cellsAndAttributesEqualTmux(Stream_ stream) throws Exception {
        Path bytes = corpusDir().resolve(stream.name() + ".bytes");
        Screen expected;
        try (Tmux tmux = new Tmux()) {
            expected = tmux.replay(bytes, stream.size());
        }
        TerminalModel model = new JediTermModel(stream.size(), 1000, _ -> { });
        byte[] data = Files.readAllBytes(bytes);
        model.feed(data, 0, data.length);
        Screen actual = Screen.of(model);

        assertThat(actual.alternate()).as("alternate screen").isEqualTo(expected.alternate());
        List<String> want = expected.canonical(), got = actual.canonical();
        for (int row = 0; row < want.size(); row++)
            assertThat(got.get(row)).as("row %d of %s", row, stream.name()).isEqualTo(want.get(row));
        assertThat(List.of(actual.cursorColumn(), actual.cursorRow())).as("cursor (column, row)")
                .isEqualTo(List.of(expected.cursorColumn(), expected.cursorRow()));
    }

    /** A pty delivers output in arbitrary pieces: sequences and UTF-8 characters cut in two must not matter. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void piecesGiveTheSameScreenAsTheWhole(Stream_ stream) throws Exception {
        byte[] data = Files.readAllBytes(corpusDir().resolve(stream.name() + ".bytes"));
        TerminalModel whole = new JediTermModel(stream.size(), 1000, _ -> { });
        whole.feed(data, 0, data.length);
        TerminalModel pieces = new JediTermModel(stream.size(), 1000, _ -> { });
        for (int at = 0, n = 1; at < data.length; at += n, n = n % 7 + 1) pieces.feed(data, at, Math.min(n, data.length - at));
        assertThat(Screen.of(pieces)).isEqualTo(Screen.of(whole));
    }
}
