package dev.quizgen.cli;

import dev.quizgen.QuizgenException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs many articles, in parallel, past bad ones: each article ends ok (files written), skipped
 * (nothing to ask, with the reason) or failed (with the reason). Progress goes to stderr — a bar
 * on a terminal, a line per article otherwise — and a summary closes the run.
 */
final class BatchRun {
    enum Status { OK, SKIPPED, FAILED }

    /** How one article ended. */
    record Result(String input, Status status, int questions, String reason) {
    }

    private final PrintWriter err;
    private final boolean terminal;
    private final int jobs;

    BatchRun(PrintWriter err, boolean terminal, int jobs) {
        this.err = err;
        this.terminal = terminal;
        this.jobs = jobs;
    }

    /** Runs {@code work} on every input; it returns the result, or throws QuizgenException for a failure. */
    List<Result> run(List<String> inputs, Function<String, Result> work) {
        Map<String, String> firstByBase = new HashMap<>();
        List<Result> results = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        for (String in : inputs) {
            String prior = firstByBase.putIfAbsent(Inputs.baseName(in), in);
            if (prior != null) {
                Result clash = new Result(in, Status.FAILED, 0, "its output files would overwrite those of '" + prior
                        + "' (same name); rename it or run it with another -o folder");
                results.add(clash);
                if (!terminal) {
                    progress(clash, 0, 0, 0, 0);   // never run, so never reported as it goes: say so now
                }
            } else {
                todo.add(in);
            }
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, todo.size())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (String in : todo) {
                futures.add(pool.submit(() -> safely(in, work)));
            }
            int done = 0;
            int questions = 0;
            for (Future<Result> f : futures) {
                Result r = get(f);
                results.add(r);
                done++;
                questions += r.questions();
                progress(r, done, todo.size(), questions, start);
            }
        } finally {
            pool.shutdownNow();
        }
        if (terminal) {
            err.print("\r\033[K");
        }
        summary(results);
        return results;
    }

    private static Result safely(String in, Function<String, Result> work) {
        try {
            return work.apply(in);
        } catch (QuizgenException e) {
            return new Result(in, Status.FAILED, 0, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(in, Status.FAILED, 0, "internal error (" + e + "); please report it with --stacktrace");
        }
    }

    private static Result get(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuizgenException("Interrupted.");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void progress(Result r, int done, int total, int questions, long start) {
        if (terminal) {
            int width = 30;
            int filled = (int) Math.round(width * done / (double) total);
            long elapsed = System.nanoTime() - start;
            long eta = done == 0 ? 0 : elapsed / done * (total - done);
            err.printf("\r\033[K[%s%s] %d/%d articles, %d questions, ETA %s", "#".repeat(filled), "-".repeat(width - filled),
                    done, total, questions, clock(Duration.ofNanos(eta)));
        } else {
            err.println("quizgen: " + r.status().name().toLowerCase() + " " + r.input()
                    + (r.status() == Status.OK ? " (" + r.questions() + " questions)" : ": " + r.reason()));
        }
        err.flush();
    }

    private void summary(List<Result> results) {
        long ok = results.stream().filter(r -> r.status() == Status.OK).count();
        long skipped = results.stream().filter(r -> r.status() == Status.SKIPPED).count();
        long failed = results.stream().filter(r -> r.status() == Status.FAILED).count();
        err.println("quizgen: " + results.size() + " articles: " + ok + " ok, " + skipped + " skipped, " + failed + " failed");
        if (terminal) {
            for (Result r : results) {
                if (r.status() != Status.OK) {
                    err.println("quizgen: " + r.status().name().toLowerCase() + " " + r.input() + ": " + r.reason());
                }
            }
        }
        err.flush();
    }

    private static String clock(Duration d) {
        long s = d.getSeconds();
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
