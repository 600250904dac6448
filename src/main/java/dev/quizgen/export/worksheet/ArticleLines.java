package dev.quizgen.export.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks a paragraph into lines no wider than a width, at spaces (inside over-long words if needed). */
final class ArticleLines {
    private ArticleLines() {
    }

    static List<String> wrap(String paragraph, ToDoubleFunction<String> width, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width.applyAsDouble(rest.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
