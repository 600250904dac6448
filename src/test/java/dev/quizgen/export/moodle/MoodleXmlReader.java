package dev.quizgen.export.moodle;

import dev.quizgen.bank.Blank;
import dev.quizgen.bank.Option;
import dev.quizgen.bank.Pair;
import dev.quizgen.bank.Question;
import dev.quizgen.bank.QuestionType;
import dev.quizgen.export.Gaps;
import dev.quizgen.export.HtmlText;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Moodle XML back into questions, for round-trip tests. The parser refuses any DOCTYPE,
 * so external entities (XXE) and entity expansion cannot happen. The comment quizgen writes
 * before each question ({@code <!-- q2 fill_in -->}) restores the bank id and type.
 */
public final class MoodleXmlReader {
    private static final Pattern CLOZE = Pattern.compile("\\{1:(SHORTANSWER|MULTICHOICE):([^}]*)\\}");

    private MoodleXmlReader() {
    }

    static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f.newDocumentBuilder();
    }

    public static List<Question> read(byte[] xml) throws Exception {
        Document d = parser().parse(new ByteArrayInputStream(xml));
        List<Question> out = new ArrayList<>();
        String hintId = null;
        String hintType = null;
        for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Comment c) {
                String[] words = c.getData().strip().split(" ");
                if (words.length == 2) {
                    hintId = words[0];
                    hintType = words[1];
                }
            } else if (n instanceof Element e && e.getTagName().equals("question")
                    && !e.getAttribute("type").equals("category")) {
                out.add(question(e, hintId, hintType));
                hintId = null;
                hintType = null;
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element e) {
        return child(e, "text").getTextContent();
    }

    private static Question question(Element e, String hintId, String hintType) {
        String qtype = e.getAttribute("type");
        String name = HtmlText.unescape(text(child(e, "name")));
        String id = hintId != null ? hintId : name.split(" ")[0];
        String html = text(child(e, "questiontext"));
        String stem = HtmlText.paragraph(html);
        List<Option> options = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Blank> blanks = new ArrayList<>();
        String answer = "";
        QuestionType type;
        switch (qtype) {
            case "multichoice" -> {
                type = QuestionType.MULTIPLE_CHOICE;
                for (Element a : children(e, "answer")) {
                    options.add(new Option(HtmlText.unescape(text(a)), a.getAttribute("fraction").equals("100"), null));
                }
                answer = options.stream().filter(Option::correct).map(Option::text).findFirst().orElse("");
            }
            case "shortanswer" -> {
                type = "fill_in".equals(hintType) || (hintType == null && stem.contains(Gaps.GAP))
                        ? QuestionType.FILL_IN : QuestionType.SHORT_ANSWER;
                for (Element a : children(e, "answer")) {
                    typed.add(text(a).replace("\\*", "*"));
                }
                answer = typed.get(0);
            }
            case "truefalse" -> {
                type = QuestionType.TRUE_FALSE;
                for (Element a : children(e, "answer")) {
                    if (a.getAttribute("fraction").equals("100")) {
                        answer = text(a).strip();
                    }
                }
            }
            case "matching" -> {
                type = QuestionType.MATCHING;
                for (Element s : children(e, "subquestion")) {
                    pairs.add(new Pair(HtmlText.unescape(text(s)), text(child(s, "answer"))));
                }
            }
            case "ordering" -> {
                type = QuestionType.ORDERING;
                for (Element a : children(e, "answer")) {
                    items.add(HtmlText.unescape(text(a)));
                }
            }
            case "multianswer" -> {
                type = QuestionType.CLOZE_PASSAGE;
                String inner = html.substring(3, html.length() - 4);
                Matcher m = CLOZE.matcher(inner);
                StringBuilder s = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    s.append(HtmlText.unescape(inner.substring(last, m.start()).replace("<br>", "\n"))).append(Gaps.GAP);
                    blanks.add(blank(m.group(1), m.group(2)));
                    last = m.end();
                }
                s.append(HtmlText.unescape(inner.substring(last).replace("<br>", "\n")));
                stem = s.toString();
            }
            default -> throw new IllegalArgumentException("unknown Moodle question type " + qtype);
        }
        return new Question(id, type, stem, options, answer, null, null, null, null, blanks, List.of(),
                pairs, items, typed.size() > 1 ? typed.subList(1, typed.size()) : List.of(), List.of());
    }

    private static Blank blank(String kind, String alternatives) {
        if (kind.equals("SHORTANSWER")) {
            return new Blank(HtmlText.unescape(alternatives.substring(1)).replace("\\*", "*"), List.of());
        }
        List<Option> options = new ArrayList<>();
        String answer = "";
        for (String alt : alternatives.split("~")) {
            boolean right = alt.startsWith("=");
            String t = HtmlText.unescape(right ? alt.substring(1) : alt);
            options.add(new Option(t, right, null));
            if (right) {
                answer = t;
            }
        }
        return new Blank(answer, options);
    }
}
