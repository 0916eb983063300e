/*
 * OracleKit: the plain-Java part that the ZooKeeper harnesses share (ZkOracle.java for 3.8 and
 * 3.9, Zk34Oracle.java for 3.4, ZkEffective.java): the batch protocol (arguments or stdin, one
 * ASCII JSON verdict line per case, the per-case timeout, system properties put back after each
 * case), one case's frame (jvm.properties, exception to verdict), the capture of WARN/ERROR log
 * lines (log4j 1.2, on every version's classpath), the verdict and its JSON, the probe bind that
 * stands in for the real one, and small helpers. It names no ZooKeeper class, so the same source
 * compiles against the 3.4 jar and the 3.8/3.9 jars; oracle.ts compiles it with the harness and
 * hashes it with it. What differs between versions (the start-up path, exit codes, static state)
 * stays in the harnesses.
 */

package zklint.oracle;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiPredicate;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

public final class OracleKit {

    public static final String MARKER = "@@ZKORACLE@@ ";

    /** Per-case buffer of captured WARN/ERROR lines; swapped by the batch loop. */
    public static volatile List<String> currentLog = null;

    /** What a harness does for its ZooKeeper version. */
    public interface Harness {
        /** Once, after the log capture is set up and before the first case. */
        default void start() {
        }

        /** Before each case: put back the static state ZooKeeper keeps between cases. */
        void reset() throws Exception;

        /** One case directory (zoo.cfg, optionally jvm.properties) to its verdict. */
        Verdict run(String dir);
    }

    // ---------------------------------------------------------------- log capture

    /** In-memory log4j 1.2 appender that records "LEVEL logger: message" for WARN and above. */
    static final class CaptureAppender extends AppenderSkeleton {
        private final BiPredicate<String, String> noise;

        CaptureAppender(BiPredicate<String, String> noise) {
            this.noise = noise;
        }

        @Override
        protected void append(LoggingEvent event) {
            List<String> sink = currentLog;
            if (sink == null || !event.getLevel().isGreaterOrEqual(Level.WARN)) {
                return;
            }
            String msg = event.getRenderedMessage();
            String logger = event.getLoggerName();
            if (noise.test(logger, msg)) {
                return;
            }
            synchronized (sink) {
                sink.add(event.getLevel() + " " + logger + ": " + msg);
            }
        }

        @Override
        public void close() {
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }
    }

    // ---------------------------------------------------------------- verdict

    public static final class Verdict {
        public String id;
        public boolean accepted;
        public int exitCode;
        public String stderr = "";
        public String mode;                       // "standalone" | "quorum" | null
        public List<String> messages = new ArrayList<>();
        public List<String> causeClasses = new ArrayList<>();
        public String exception;                  // class of the top exception, or null
        public List<String> warnings = new ArrayList<>();
        public long elapsedMs;

        String toJson() {
            StringBuilder b = new StringBuilder(256);
            b.append('{');
            b.append("\"id\":").append(q(id));
            b.append(",\"accepted\":").append(accepted);
            b.append(",\"exitCode\":").append(exitCode);
            b.append(",\"stderr\":").append(q(stderr));
            b.append(",\"mode\":").append(q(mode));
            b.append(",\"messages\":").append(arr(messages));
            b.append(",\"causeClasses\":").append(arr(causeClasses));
            b.append(",\"exception\":").append(q(exception));
            b.append(",\"warnings\":").append(arr(warnings));
            b.append(",\"elapsedMs\":").append(elapsedMs);
            return b.append('}').toString();
        }
    }

    /** JSON string literal, ASCII only (everything outside 0x20..0x7e is \\u-escaped). */
    public static String q(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }

    static String arr(List<String> xs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < xs.size(); i++) {
            b.append(i == 0 ? "" : ",").append(q(xs.get(i)));
        }
        return b.append(']').toString();
    }

    // ---------------------------------------------------------------- batch

    /**
     * The whole run: [--out <file>] [--timeout-ms <n>] [caseDir ...] (case directories one per
     * line on stdin when none are given); one verdict line per case, then the JVM halts.
     * `noise` says which log lines are environment noise rather than ZooKeeper's verdict.
     */
    public static void runBatch(String[] args, String threadName, BiPredicate<String, String> noise, Harness harness)
        throws Exception {
        // Keep ZooKeeper's (or anybody's) System.out noise out of the result stream.
        PrintStream realOut = System.out;
        System.setOut(System.err);

        String outFile = null;
        long timeoutMs = 20000;
        List<String> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                outFile = args[++i];
            } else if (args[i].equals("--timeout-ms")) {
                timeoutMs = Long.parseLong(args[++i]);
            } else {
                dirs.add(args[i]);
            }
        }
        if (dirs.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.trim().isEmpty()) {
                    dirs.add(line.trim());
                }
            }
        }

        // log4j 1.2 (behind slf4j-log4j12): only our in-memory appender, WARN and above.
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        root.addAppender(new CaptureAppender(noise));
        root.setLevel(Level.WARN);

        harness.start();

        Writer out = outFile != null
            ? new OutputStreamWriter(new FileOutputStream(outFile), StandardCharsets.US_ASCII)
            : new OutputStreamWriter(realOut, StandardCharsets.US_ASCII);

        ExecutorService worker = newWorker(threadName);
        for (String dir : dirs) {
            Verdict v;
            Properties saved = (Properties) System.getProperties().clone();
            List<String> log = new ArrayList<>();
            long t0 = System.nanoTime();
            try {
                harness.reset();
                currentLog = log;
                Future<Verdict> f = worker.submit(() -> harness.run(dir));
                try {
                    v = f.get(timeoutMs, TimeUnit.MILLISECONDS);
                } catch (TimeoutException te) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker(threadName);   // the stuck thread is a daemon; abandon it
                    v = internalFailure(dir, "case timed out after " + timeoutMs + " ms", "ZkOracle.Timeout");
                }
            } catch (Throwable t) {
                v = internalFailure(dir, String.valueOf(t), t.getClass().getName());
            } finally {
                currentLog = null;
                restoreProperties(saved);
            }
            synchronized (log) {
                v.warnings.addAll(log);
            }
            v.elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            out.write(outFile != null ? "" : MARKER);
            out.write(v.toJson());
            out.write('\n');
            out.flush();
        }
        out.close();
        worker.shutdownNow();
        // Some ZooKeeper objects leave non-daemon threads behind; do not wait for them.
        Runtime.getRuntime().halt(0);
    }

    static ExecutorService newWorker(String threadName) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** A verdict for when the oracle itself could not decide (timeout, internal error). */
    static Verdict internalFailure(String dir, String message, String cls) {
        Verdict v = new Verdict();
        v.id = dir;
        v.accepted = false;
        v.exitCode = -1;
        v.messages.add(message);
        v.causeClasses.add(cls);
        v.exception = cls;
        return v;
    }

    /** Put System properties back exactly as they were (ZooKeeper copies unknown keys in). */
    static void restoreProperties(Properties saved) {
        Properties now = System.getProperties();
        for (Object k : new HashSet<>(now.keySet())) {
            if (!saved.containsKey(k)) {
                now.remove(k);
            }
        }
        now.putAll(saved);
    }

    // ---------------------------------------------------------------- one case

    public static final String QPM_USAGE = "Usage: QuorumPeerMain configfile";
    public static final String ZSM_USAGE = "Usage: ZooKeeperServerMain configfile | port datadir [ticktime] [maxcnxns]";

    /** QuorumPeerMain.initializeAndRun of a version up to serving; sets mode[0] once it is known. */
    public interface Start {
        void run(String cfgPath, String[] mode) throws Exception;
    }

    /** Exit code and stderr for what the start threw, as that version's main() decides them. */
    public interface ExitMapping {
        void map(Verdict v, Throwable t, String usage);
    }

    /**
     * One case: its jvm.properties as system properties, then `start` on the absolute path of its
     * zoo.cfg; what that throws goes through `mapping` (with the usage line of the main class
     * that was running) and into the verdict with its cause chain.
     */
    public static Verdict runCase(String dir, Start start, ExitMapping mapping) {
        Verdict v = new Verdict();
        v.id = dir;
        String[] mode = {null};
        try {
            File caseDir = new File(dir);
            loadCaseProperties(caseDir);
            String cfgPath = new File(caseDir, "zoo.cfg").getAbsolutePath();
            start.run(cfgPath, mode);
            v.accepted = true;
            v.exitCode = 0;
        } catch (Throwable t) {
            v.accepted = false;
            mapping.map(v, t, "standalone".equals(mode[0]) ? ZSM_USAGE : QPM_USAGE);
            recordThrown(v, t);
        }
        v.mode = mode[0];
        return v;
    }

    /** The case's jvm.properties, when it has one, as system properties for this case. */
    static void loadCaseProperties(File caseDir) throws Exception {
        File props = new File(caseDir, "jvm.properties");
        if (props.isFile()) {
            Properties p = new Properties();
            try (FileInputStream in = new FileInputStream(props)) {
                p.load(in);
            }
            for (String k : p.stringPropertyNames()) {
                System.setProperty(k, p.getProperty(k));
            }
        }
    }

    /** The thrown exception into the verdict: messages and classes along its cause chain, its class. */
    static void recordThrown(Verdict v, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            v.messages.add(m == null ? "" : m);
            v.causeClasses.add(c.getClass().getName());
        }
        v.exception = t.getClass().getName();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A bind of the address on an ephemeral port instead of the real one: fails like the real bind
     * for unresolved or non-local addresses, never for "in use".
     */
    public static void probeBind(InetSocketAddress addr) throws IOException {
        InetSocketAddress probe = addr.isUnresolved()
            ? InetSocketAddress.createUnresolved(addr.getHostString(), 0)
            : new InetSocketAddress(addr.getAddress(), 0);
        try (ServerSocketChannel ch = ServerSocketChannel.open()) {
            ch.socket().setReuseAddress(true);
            ch.socket().bind(probe);
        }
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Cleanup: must not add log lines or exceptions to the verdict. */
    public static void quietly(ThrowingRunnable r) {
        List<String> saved = currentLog;
        currentLog = null;
        try {
            r.run();
        } catch (Throwable ignored) {
            // cleanup only
        } finally {
            currentLog = saved;
        }
    }

    /** Call a non-public no-arg method and rethrow what it throws (not the reflection wrapper). */
    public static void invokePrivate(Object target, Class<?> owner, String name) throws Exception {
        Method m = owner.getDeclaredMethod(name);
        m.setAccessible(true);
        try {
            m.invoke(target);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception) {
                throw (Exception) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw e;
        }
    }

    private OracleKit() {
    }
}
