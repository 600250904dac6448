package dev.quizgen.export;

/** Paper size of printed worksheets; sizes in points (1/72 inch) and twips (1/1440 inch). */
public enum Paper {
    /** 210 × 297 mm, the default in Germany and most of the world. */
    A4(595.28f, 841.89f, 11906, 16838),
    /** 8.5 × 11 in, for US and Canadian schools. */
    LETTER(612f, 792f, 12240, 15840);

    private final float widthPt;
    private final float heightPt;
    private final int widthTwips;
    private final int heightTwips;

    Paper(float widthPt, float heightPt, int widthTwips, int heightTwips) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
        this.widthTwips = widthTwips;
        this.heightTwips = heightTwips;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }

    public int widthTwips() {
        return widthTwips;
    }

    public int heightTwips() {
        return heightTwips;
    }

    /** Parses {@code a4} or {@code letter} (any case); null when it is neither. */
    public static Paper fromName(String name) {
        for (Paper p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }
}
