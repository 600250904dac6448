package dev.quizgen.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.quizgen.QuizgenException;
import dev.quizgen.article.Article;
import dev.quizgen.article.ArticleReader;
import dev.quizgen.article.Language;
import dev.quizgen.bank.QuestionBank;
import dev.quizgen.export.ExportContext;
import dev.quizgen.export.ExportOptions;
import dev.quizgen.export.Exporter;
import dev.quizgen.export.ExporterRegistry;
import dev.quizgen.export.Outputs;
import dev.quizgen.nlp.AnalyzedText;
import dev.quizgen.questions.GenerationOptions;
import dev.quizgen.questions.QuestionGenerator;
import dev.quizgen.templates.Template;
import dev.quizgen.templates.TemplateLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quizgen bench}: how fast the pipeline is on a set of articles, measured in one process
 * over the same texts — the analysis floor (sentences, tokens, POS), the full pipeline to the
 * bank, every export format, per-article latency on one thread and on all cores, heap and
 * allocation, and the one-off loading of models and dictionaries. One warm-up pass is run first
 * and excluded; throughput figures are the median of the measured passes.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure how fast quizgen is: analysis floor, full pipeline, exports, latency, memory.")
public final class BenchCommand implements Callable<Integer> {
    static final String SEEDS = "seeds";
    static final String XQUAD = "../shared/bench/xquad";

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files or folders (default: seeds/ and, when present, " + XQUAD + "/de and /en).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Measured passes after the warm-up pass; figures are their median (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Threads for the parallel pass (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long uptimeAtStart = ManagementFactory.getRuntimeMXBean().getUptime();
        if (repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be 1 or more, not " + repeat);
        }
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (cores < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + cores);
        }
        ArticleReader reader = new ArticleReader(w -> { });
        List<Article> articles = read(reader, files(reader));
        HeapWatch heap = new HeapWatch();
        ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "quizgen-bench");
            t.setDaemon(true);
            return t;
        });
        Path scratch;
        try {
            scratch = Files.createTempDirectory("quizgen-bench");
        } catch (IOException e) {
            throw new QuizgenException("Cannot create a temporary folder for the export figures: " + e.getMessage() + ".");
        }
        try {
            Result r = measure(articles, pool, cores, scratch, heap);
            r.load.put("jvmUptimeAtCommandMs", (double) uptimeAtStart);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? toJson(r) : toText(r));
            out.flush();
        } finally {
            pool.shutdownNow();
            heap.close();
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                spec.commandLine().getErr().println("quizgen: warning: cannot remove " + scratch + ": " + e.getMessage());
            }
        }
        return 0;
    }

    private List<String> files(ArticleReader reader) {
        List<String> given = new ArrayList<>(inputs);
        if (given.isEmpty()) {
            given.add(SEEDS);
            for (String lang : List.of("de", "en")) {
                if (Files.isDirectory(Path.of(XQUAD, lang))) {
                    given.add(XQUAD + "/" + lang);
                }
            }
        }
        List<String> files = Inputs.expand(given, reader.formats());
        if (files.isEmpty()) {
            throw new QuizgenException("No article files in " + given + ". quizgen reads "
                    + String.join(", ", reader.formats().extensions()) + " files.");
        }
        return files;
    }

    private List<Article> read(ArticleReader reader, List<String> files) {
        List<Article> out = new ArrayList<>();
        for (String f : files) {
            out.add(Inputs.read(reader, f, null, null));
        }
        return out;
    }

    /** Everything measured, in the units the report prints. */
    private static final class Result {
        int articles;
        Map<Language, Integer> perLanguage = new EnumMap<>(Language.class);
        long sentences;
        long tokens;
        int threads;
        int passes;
        double floorTokensPerSecond;
        double floorTokensPerCpuSecond;
        double pipelineTokensPerSecond;
        double pipelineTokensPerCpuSecond;
        String jvm;
        double pipelineArticlesPerSecond;
        double p50One;
        double p95One;
        double wallOneMs;
        double p50Many;
        double p95Many;
        double wallManyMs;
        Map<String, Double> exportMs = new LinkedHashMap<>();
        Map<String, Double> firstExportMs = new LinkedHashMap<>();
        double peakHeapMb;
        double retainedHeapMb;
        double allocPerArticleMb;
        Map<String, Double> load = new LinkedHashMap<>();
    }

    private Result measure(List<Article> articles, ExecutorService pool, int cores, Path scratch, HeapWatch heap) {
        Result r = new Result();
        r.articles = articles.size();
        r.threads = cores;
        r.passes = repeat;
        r.jvm = jvmOptions();
        for (Article a : articles) {
            r.perLanguage.merge(a.language(), 1, Integer::sum);
        }

        // one-off loading, each part timed on its own (later parts reuse what earlier ones loaded)
        Pipeline p = new Pipeline();
        List<Template> templates = timed(r.load, "templatesMs", TemplateLibrary::builtIn);
        timed(r.load, "germanDictionaryMs", p::german);
        for (Language lang : r.perLanguage.keySet()) {
            timed(r.load, "models" + upper(lang) + "Ms", () -> {
                p.analyzer().load(lang, false);
                return lang;
            });
            if (lang == Language.DE) {
                // German still asks the statistical lemmatizer about unknown adjectives and verbs; English never
                timed(r.load, "lemmatizer" + upper(lang) + "Ms", () -> {
                    p.analyzer().load(lang, true);
                    return lang;
                });
            }
            timed(r.load, "lexicon" + upper(lang) + "Ms", () -> p.facts().lexicon(lang));
        }
        timed(r.load, "personListMs", p::people);
        List<Exporter> exporters = new ArrayList<>();
        ExporterRegistry registry = timed(r.load, "exportersMs", ExporterRegistry::standard);
        for (String f : registry.formats()) {
            exporters.add(registry.get(f));
        }
        GenerationOptions options = new GenerationOptions(10, Set.of(), 1L, "mixed");

        for (Article a : articles) {
            AnalyzedText t = p.analyzer().analyze(a, false);
            r.sentences += t.sentences().size();
            r.tokens += t.tokenCount();
        }

        heap.reset();
        List<Double> floor = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> floorCpu = new ArrayList<>();
        List<Double> fullCpu = new ArrayList<>();
        LongSupplier cpu = cpuCounter();
        List<Double> latOne = new ArrayList<>();
        List<Double> latMany = new ArrayList<>();
        List<Double> wallOne = new ArrayList<>();
        List<Double> wallMany = new ArrayList<>();
        Map<String, List<Double>> exportMs = new LinkedHashMap<>();
        long allocated = 0;
        LongSupplier allocatedByThisThread = allocationCounter();
        for (int pass = 0; pass <= repeat; pass++) {
            boolean warmUp = pass == 0;
            // the floor (sentences + tokens + POS, nothing else) and the full pipeline to the bank, one thread,
            // article by article in turn: a shared machine's speed drifts by a factor of two within seconds, and
            // measuring the two in separate stretches made their ratio drift with it
            List<QuestionBank> banks = new ArrayList<>();
            List<Double> lat = new ArrayList<>();
            long floorNs = 0;
            long floorCpuNs = 0;
            long fullNs = 0;
            long fullCpuNs = 0;
            long alloc = 0;
            for (Article a : articles) {
                long c0 = cpu.getAsLong();
                long t0 = System.nanoTime();
                p.analyzer().analyze(a, false);
                floorNs += System.nanoTime() - t0;
                floorCpuNs += cpu.getAsLong() - c0;

                long alloc0 = allocatedByThisThread.getAsLong();
                long c1 = cpu.getAsLong();
                long t1 = System.nanoTime();
                banks.add(p.bank(a, templates, options, QuestionGenerator.QUIET));
                long ns = System.nanoTime() - t1;
                fullCpuNs += cpu.getAsLong() - c1;
                alloc += allocatedByThisThread.getAsLong() - alloc0;
                fullNs += ns;
                lat.add(ns / 1e6);
            }

            // every export format, into a scratch folder whose files are never committed
            Map<String, Double> exp = new LinkedHashMap<>();
            for (Exporter e : exporters) {
                long t2 = System.nanoTime();
                for (int i = 0; i < articles.size(); i++) {
                    export(e, banks.get(i), articles.get(i), scratch);
                    if (warmUp && i == 0) {
                        // the first bank a format writes in this JVM: its class loading, part of a cold run
                        r.firstExportMs.put(e.format(), (System.nanoTime() - t2) / 1e6);
                    }
                }
                exp.put(e.format(), (System.nanoTime() - t2) / 1e6 / articles.size());
            }

            // the same articles on all threads: latency of each, wall time of all
            List<Double> many = Collections.synchronizedList(new ArrayList<>());
            long t3 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    p.bank(a, templates, options, QuestionGenerator.QUIET);
                    many.add((System.nanoTime() - s) / 1e6);
                }));
            }
            for (Future<?> f : futures) {
                join(f);
            }
            long manyNs = System.nanoTime() - t3;

            if (warmUp) {
                continue;
            }
            floor.add(r.tokens / (floorNs / 1e9));
            full.add(r.tokens / (fullNs / 1e9));
            floorCpu.add(r.tokens / (floorCpuNs / 1e9));
            fullCpu.add(r.tokens / (fullCpuNs / 1e9));
            latOne.addAll(lat);
            latMany.addAll(many);
            wallOne.add(fullNs / 1e6);
            wallMany.add(manyNs / 1e6);
            exp.forEach((k, v) -> exportMs.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            allocated += alloc;
        }
        r.floorTokensPerSecond = median(floor);
        r.pipelineTokensPerSecond = median(full);
        r.floorTokensPerCpuSecond = median(floorCpu);
        r.pipelineTokensPerCpuSecond = median(fullCpu);
        r.pipelineArticlesPerSecond = r.pipelineTokensPerSecond / r.tokens * r.articles;
        r.p50One = percentile(latOne, 0.50);
        r.p95One = percentile(latOne, 0.95);
        r.wallOneMs = median(wallOne);
        r.p50Many = percentile(latMany, 0.50);
        r.p95Many = percentile(latMany, 0.95);
        r.wallManyMs = median(wallMany);
        exportMs.forEach((k, v) -> r.exportMs.put(k, median(v)));
        r.allocPerArticleMb = allocated / (double) repeat / r.articles / (1024.0 * 1024.0);
        r.peakHeapMb = heap.peak() / (1024.0 * 1024.0);
        r.retainedHeapMb = heap.retained() / (1024.0 * 1024.0);
        return r;
    }

    private static void export(Exporter e, QuestionBank bank, Article a, Path scratch) {
        try (Outputs outputs = new Outputs(scratch)) {
            // never committed: close() removes the temp files
            e.export(bank, new ExportContext(a.baseName(), new ExportOptions(null, 1, 1L, a.text()), outputs, w -> { }));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuizgenException("The benchmark was interrupted.");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    private static <T> T timed(Map<String, Double> into, String key, Callable<T> what) {
        long t = System.nanoTime();
        T value;
        try {
            value = what.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        into.put(key, (System.nanoTime() - t) / 1e6);
        return value;
    }

    private static String upper(Language l) {
        return l.code().substring(0, 1).toUpperCase(Locale.ROOT) + l.code().substring(1);
    }

    /** Bytes allocated so far by the calling thread (HotSpot's per-thread counter). */
    private static LongSupplier allocationCounter() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean hs && hs.isThreadAllocatedMemorySupported()) {
            hs.setThreadAllocatedMemoryEnabled(true);
            return hs::getCurrentThreadAllocatedBytes;
        }
        throw new QuizgenException("This JVM cannot count allocated bytes per thread; run the benchmark on HotSpot (OpenJDK).");
    }

    /** CPU time of the calling thread: on a shared machine a steadier measure than the wall clock. */
    private static LongSupplier cpuCounter() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!bean.isCurrentThreadCpuTimeSupported()) {
            throw new QuizgenException("This JVM cannot measure thread CPU time; run the benchmark on HotSpot (OpenJDK).");
        }
        return bean::getCurrentThreadCpuTime;
    }

    /** The JVM options that change the figures (JIT, GC, heap, class sharing), as given. */
    private static String jvmOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-XX:") || a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xmn") || a.startsWith("-Xshare")) {
                out.add(a.startsWith("-XX:SharedArchiveFile") ? "-XX:SharedArchiveFile" : a);
            }
        }
        return out.isEmpty() ? "(defaults)" : String.join(" ", out);
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * The heap's high-water mark: used heap is highest just before a collection, so the peak is the
     * largest heap use any collection saw before it ran, or the use now if that is higher.
     */
    private static final class HeapWatch implements NotificationListener, AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final Set<String> heapPools;

        HeapWatch() {
            Set<String> pools = new java.util.HashSet<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pools.add(pool.getName());
                }
            }
            heapPools = pools;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                    emitters.add(e);
                }
            }
        }

        void reset() {
            peak.set(used());
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long before = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    before += e.getValue().getUsed();
                }
            }
            peak.accumulateAndGet(before, Math::max);
        }

        long peak() {
            return Math.max(peak.get(), used());
        }

        /** Heap still in use after a full collection: models, dictionaries, word lists. */
        long retained() {
            System.gc();
            return used();
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        @Override
        public void close() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone: nothing to undo
                }
            }
        }
    }

    // ------------------------------------------------------------------ report

    private static String toText(Result r) {
        StringBuilder sb = new StringBuilder();
        List<String> langs = new ArrayList<>();
        r.perLanguage.forEach((l, n) -> langs.add(n + " " + l.code()));
        sb.append(String.format(Locale.ROOT, "quizgen bench: %d articles (%s), %d sentences, %d tokens%n",
                r.articles, String.join(", ", langs), r.sentences, r.tokens));
        sb.append(String.format(Locale.ROOT, "  one warm-up pass excluded; median of %d measured pass%s; %d threads for the parallel pass%n",
                r.passes, r.passes == 1 ? "" : "es", r.threads));
        sb.append(String.format(Locale.ROOT, "  JVM: %s%n", r.jvm));
        sb.append(String.format(Locale.ROOT, "floor (sentences, tokens, POS)   %,10.0f tokens/s    (%,.0f per CPU second)%n",
                r.floorTokensPerSecond, r.floorTokensPerCpuSecond));
        sb.append(String.format(Locale.ROOT, "full pipeline to the bank        %,10.0f tokens/s    (%,.0f per CPU second) = %.2f x floor (CPU: %.2f), %.1f articles/s%n",
                r.pipelineTokensPerSecond, r.pipelineTokensPerCpuSecond, r.pipelineTokensPerSecond / r.floorTokensPerSecond,
                r.pipelineTokensPerCpuSecond / r.floorTokensPerCpuSecond, r.pipelineArticlesPerSecond));
        sb.append(String.format(Locale.ROOT, "latency per article (to bank)    1 thread: p50 %.1f ms, p95 %.1f ms, all %.0f ms%n",
                r.p50One, r.p95One, r.wallOneMs));
        sb.append(String.format(Locale.ROOT, "                                 %d threads: p50 %.1f ms, p95 %.1f ms, all %.0f ms (%.2f x faster)%n",
                r.threads, r.p50Many, r.p95Many, r.wallManyMs, r.wallOneMs / r.wallManyMs));
        List<String> exp = new ArrayList<>();
        r.exportMs.forEach((f, ms) -> exp.add(String.format(Locale.ROOT, "%s %.2f", f, ms)));
        sb.append("exports (ms per bank)            ").append(String.join(", ", exp)).append(System.lineSeparator());
        List<String> first = new ArrayList<>();
        r.firstExportMs.forEach((f, ms) -> first.add(String.format(Locale.ROOT, "%s %.0f", f, ms)));
        sb.append("first bank of each format (ms)   ").append(String.join(", ", first))
                .append("  (cold: class loading, in the warm-up pass)").append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "memory                           peak heap %.0f MB, retained after GC %.0f MB, %.1f MB allocated per article%n",
                r.peakHeapMb, r.retainedHeapMb, r.allocPerArticleMb));
        List<String> load = new ArrayList<>();
        r.load.forEach((k, ms) -> load.add(String.format(Locale.ROOT, "%s %.0f", k.replace("Ms", ""), ms)));
        sb.append("loading, once per run (ms)       ").append(String.join(", ", load)).append(System.lineSeparator());
        return sb.toString();
    }

    private static String toJson(Result r) {
        JsonObject o = new JsonObject();
        o.addProperty("articles", r.articles);
        JsonObject langs = new JsonObject();
        r.perLanguage.forEach((l, n) -> langs.addProperty(l.code(), n));
        o.add("languages", langs);
        o.addProperty("sentences", r.sentences);
        o.addProperty("tokens", r.tokens);
        o.addProperty("warmUpPasses", 1);
        o.addProperty("measuredPasses", r.passes);
        o.addProperty("threads", r.threads);
        o.addProperty("jvm", r.jvm);
        JsonObject floor = new JsonObject();
        floor.addProperty("tokensPerSecond", round(r.floorTokensPerSecond));
        floor.addProperty("tokensPerCpuSecond", round(r.floorTokensPerCpuSecond));
        o.add("floor", floor);
        JsonObject pipe = new JsonObject();
        pipe.addProperty("tokensPerSecond", round(r.pipelineTokensPerSecond));
        pipe.addProperty("articlesPerSecond", round(r.pipelineArticlesPerSecond));
        pipe.addProperty("ratioToFloor", round(r.pipelineTokensPerSecond / r.floorTokensPerSecond));
        pipe.addProperty("tokensPerCpuSecond", round(r.pipelineTokensPerCpuSecond));
        pipe.addProperty("cpuRatioToFloor", round(r.pipelineTokensPerCpuSecond / r.floorTokensPerCpuSecond));
        o.add("pipeline", pipe);
        JsonObject lat = new JsonObject();
        JsonObject one = new JsonObject();
        one.addProperty("threads", 1);
        one.addProperty("p50Ms", round(r.p50One));
        one.addProperty("p95Ms", round(r.p95One));
        one.addProperty("allArticlesMs", round(r.wallOneMs));
        lat.add("oneThread", one);
        JsonObject many = new JsonObject();
        many.addProperty("threads", r.threads);
        many.addProperty("p50Ms", round(r.p50Many));
        many.addProperty("p95Ms", round(r.p95Many));
        many.addProperty("allArticlesMs", round(r.wallManyMs));
        many.addProperty("speedup", round(r.wallOneMs / r.wallManyMs));
        lat.add("allThreads", many);
        o.add("latency", lat);
        JsonObject exp = new JsonObject();
        r.exportMs.forEach((f, ms) -> exp.addProperty(f, round(ms)));
        o.add("exportMsPerBank", exp);
        JsonObject first = new JsonObject();
        r.firstExportMs.forEach((f, ms) -> first.addProperty(f, round(ms)));
        o.add("firstExportMs", first);
        JsonObject mem = new JsonObject();
        mem.addProperty("peakHeapMB", round(r.peakHeapMb));
        mem.addProperty("retainedHeapMB", round(r.retainedHeapMb));
        mem.addProperty("allocatedMBPerArticle", round(r.allocPerArticleMb));
        o.add("memory", mem);
        JsonObject load = new JsonObject();
        r.load.forEach((k, ms) -> load.addProperty(k, round(ms)));
        o.add("loadMs", load);
        return new GsonBuilder().setPrettyPrinting().create().toJson(o) + System.lineSeparator();
    }

    /** Four significant digits: enough for figures this noisy, and never rounds a small figure to 0. */
    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }
}
