package dev.chromasetup.ui.tui;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Which part of a long value a field shows as the cursor moves. */
class FieldViewTest {

    static int[] ones(int n) {
        int[] w = new int[n];
        Arrays.fill(w, 1);
        return w;
    }

    @Test
    void aValueThatFitsIsShownWhole() {
        assertThat(FieldView.firstShown(0, ones(9), 9, 10)).isZero();
        assertThat(FieldView.firstShown(0, ones(10), 3, 10)).isZero();
        assertThat(FieldView.firstShown(0, ones(0), 0, 10)).isZero();
    }

    @Test
    void atTheEndOfALongValueTheTailShowsWithAColumnForTheCursor() {
        assertThat(FieldView.firstShown(0, ones(30), 30, 10)).isEqualTo(21); // 21..29, then the cursor
        assertThat(FieldView.firstShown(0, ones(10), 10, 10)).isEqualTo(1);
    }

    @Test
    void movingInsideTheFieldDoesNotScrollIt() {
        assertThat(FieldView.firstShown(21, ones(30), 25, 10)).isEqualTo(21);
        assertThat(FieldView.firstShown(21, ones(30), 21, 10)).isEqualTo(21);
        assertThat(FieldView.firstShown(5, ones(30), 14, 10)).isEqualTo(5);
    }

    @Test
    void movingPastAnEdgeScrollsJustEnoughToShowTheCursor() {
        assertThat(FieldView.firstShown(21, ones(30), 20, 10)).isEqualTo(20);
        assertThat(FieldView.firstShown(21, ones(30), 0, 10)).isZero();
        assertThat(FieldView.firstShown(5, ones(30), 15, 10)).isEqualTo(6);
        assertThat(FieldView.firstShown(0, ones(30), 29, 10)).isEqualTo(20);
    }

    @Test
    void afterADeletionTheValueComesBackFromTheLeft() {
        // 30 characters shown from 21, then Ctrl-K at 25: 25 left, which fit from 16 with the cursor at the end
        assertThat(FieldView.firstShown(21, ones(25), 25, 10)).isEqualTo(16);
        assertThat(FieldView.firstShown(21, ones(8), 8, 10)).isZero();
        assertThat(FieldView.firstShown(21, ones(0), 0, 10)).isZero();
    }

    @Test
    void wideCharactersCountTheirColumns() {
        int[] wide = {2, 2, 2, 2, 2, 2};
        assertThat(FieldView.firstShown(0, wide, 6, 10)).isEqualTo(2); // 4 cells of 2, then the cursor
        assertThat(FieldView.firstShown(0, wide, 5, 10)).isEqualTo(1); // the cursor's cell needs its 2 columns
    }
}
