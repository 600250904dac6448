package dev.quizgen.distractors;

import dev.quizgen.facts.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events with their years ({@code lists/dated-events.txt}), for year options a question's own
 * words rule out: "Wann wurde die Börse gegründet und bis zum Zweiten Weltkrieg weitergeführt?"
 * takes no 1939, 1944 or 1946 (a teacher reading failed such a question); "after World War I"
 * takes no 1910.
 */
final class DatedEvents {
    private record Event(int first, int last, List<String> names) {
    }

    private static final List<Event> EVENTS = load();
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(bis zum|bis zur|bis in den|vor dem|vor der|until|till|up to|before|prior to)\\s+(the\\s+)?$");
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(nach dem|nach der|seit dem|seit der|after|since|following)\\s+(the\\s+)?$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

    private DatedEvents() {
    }

    private static List<Event> load() {
        List<Event> out = new ArrayList<>();
        for (String line : Lexicon.lines("/lists/dated-events.txt")) {
            String[] parts = line.split("\\|");
            List<String> names = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                names.add(parts[i].strip());
            }
            out.add(new Event(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), List.copyOf(names)));
        }
        return List.copyOf(out);
    }

    /** Why the question's words rule out the option's year ("bis zum Zweiten Weltkrieg" and 1944), or null. */
    static String rulesOut(String question, String option) {
        Matcher y = YEAR.matcher(option);
        if (!y.find()) {
            return null;
        }
        int year = Integer.parseInt(y.group(1));
        String q = question.toLowerCase(Locale.ROOT);
        for (Event e : EVENTS) {
            for (String name : e.names()) {
                for (int at = q.indexOf(name.toLowerCase(Locale.ROOT)); at >= 0; at = q.indexOf(name.toLowerCase(Locale.ROOT), at + 1)) {
                    String before = question.substring(0, at);
                    if (BEFORE.matcher(before).find() && year >= e.first()) {
                        return "the question says it was before " + name;
                    }
                    if (AFTER.matcher(before).find() && year <= e.last()) {
                        return "the question says it was after " + name;
                    }
                }
            }
        }
        return null;
    }
}
