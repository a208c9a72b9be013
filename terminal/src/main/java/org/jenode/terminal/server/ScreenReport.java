package org.jenode.terminal.server;

import org.jenode.base.xml.XmlNode;
import org.jenode.terminal.model.Cursor;
import org.jenode.terminal.model.TerminalModel;

/**
 * The {@code screen} report ({@code <report screen="yes"/>}): the text the window shows, row by row, with
 * size, cursor, title and how far it is scrolled back. For tests, and for tools that read the screen
 * without looking at pixels.
 */
final class ScreenReport {

    private ScreenReport() { }

    static XmlNode of(TerminalModel model, String title, int scroll) {
        Cursor cursor = model.cursor();
        XmlNode.Builder screen = XmlNode.builder("screen")
                .attribute("columns", model.size().columns()).attribute("lines", model.size().lines())
                .attribute("cursor_column", cursor.column()).attribute("cursor_row", cursor.row())
                .attribute("title", title).attribute("alternate", model.alternateScreen()).attribute("scroll", scroll)
                .attribute("history", model.historySize());
        for (int row = 0; row < model.size().lines(); row++)
            screen.child(XmlNode.builder("line").text(model.line(row - scroll).text(0, model.size().columns())));
        return screen.build();
    }
}
