package dev.chromasetup.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The size `stty size` prints becomes the first screen size; anything else leaves it to Lanterna. */
class BatchedSttyTerminalTest {
    @Test
    void rowsThenColumnsAsSttyPrintsThem() {
        assertThat(BatchedSttyTerminal.parseSize("30 100")).isEqualTo(new TerminalSize(100, 30));
        assertThat(BatchedSttyTerminal.parseSize(" 24  80\n")).isEqualTo(new TerminalSize(80, 24));
    }

    @Test
    void noSizeWhenTheTerminalReportsNoneOrGarbage() {
        // a pseudo-terminal nobody sized says "0 0"; then Lanterna asks the terminal itself
        assertThat(BatchedSttyTerminal.parseSize("0 0")).isNull();
        assertThat(BatchedSttyTerminal.parseSize("")).isNull();
        assertThat(BatchedSttyTerminal.parseSize("stty: 'standard input': Inappropriate ioctl for device")).isNull();
        assertThat(BatchedSttyTerminal.parseSize("30 wide")).isNull();
    }
}
