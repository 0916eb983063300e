/*
 * Zk34Oracle: the test oracle for ZooKeeper 3.4 (Debian's 3.4.13 jar). Same batch protocol and
 * verdict JSON as ZkOracle.java (read its header), but 3.4's start-up path, whose classes and
 * steps differ from 3.8's:
 *   QuorumPeerMain.initializeAndRun (3.4.13):
 *     1. QuorumPeerConfig.parse(<absolute path of zoo.cfg>)
 *     2a. config.getServers().size() > 0 -> runFromConfig: ServerCnxnFactory.createFactory +
 *         configure (3.4's configure binds: here configureSaslLogin + a probe bind of the same
 *         address on an ephemeral port), new QuorumPeer, new FileTxnSnapLog(dataLogDir, dataDir),
 *         the setters, initialize(), then QuorumPeer.start() up to the election: loadDataBase()
 *         and startLeaderElection()'s "My id N not in the peer list", createCnxnManager().
 *     2b. otherwise ZooKeeperServerMain: ServerConfig.parse (second parse), new ZooKeeperServer,
 *         FileTxnSnapLog, createFactory + configure (probe bind), startdata().
 *     3. Exit codes as 3.4's main(): IllegalArgumentException 2 (usage), ConfigException 2
 *        ("Invalid config, exiting abnormally"), any other Exception 1. 3.4 has no separate
 *        datadir or AdminServer exit codes (and no AdminServer).
 * LIMITS: Debian's 3.4.13 jar ships no compiled Netty factory classes, so
 * zookeeper.serverCnxnFactory=...NettyServerCnxnFactory fails here ("Couldn't instantiate")
 * although upstream 3.4.13 has it; such cases are not verdicts (see oracle.ts).
 * Compiled against the 3.4 jar only; runs with the 3.4 jar, slf4j and log4j 1.2 on the classpath.
 */

package org.apache.zookeeper.server.quorum;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.Field;
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

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.zookeeper.server.NIOServerCnxnFactory;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZKDatabase;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.apache.zookeeper.server.auth.ProviderRegistry;
import org.apache.zookeeper.server.persistence.FileTxnSnapLog;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig.ConfigException;

public final class Zk34Oracle {

    static final String MARKER = "@@ZKORACLE@@ ";
    static final String QPM_USAGE = "Usage: QuorumPeerMain configfile";
    static final String ZSM_USAGE = "Usage: ZooKeeperServerMain configfile | port datadir [ticktime] [maxcnxns]";

    /** Log lines that are Debian-environment noise, not ZooKeeper's verdict on the config
     *  (see real-zookeeper-harness.md, "Environment quirks of the Debian build"). */
    static boolean isNoise(String logger, String msg) {
        if (msg == null) {
            return false;
        }
        return msg.contains("JettyAdminServer")               // AdminServerFactory: no jetty/servlet
            || logger.endsWith("AdminServerFactory")
            || msg.contains("maxCnxns is not configured")
            || msg.contains("running in standalone mode")
            || msg.contains("Prometheus");
    }

    // ---------------------------------------------------------------- log capture

    /** Per-case buffer of captured WARN/ERROR lines; swapped by the batch loop. */
    static volatile List<String> currentLog = null;
    /** Exit code requested through ServiceUtils.requestSystemExit during the case (or null). */
    static volatile Integer requestedExit = null;

    /** In-memory log4j 1.2 appender that records "LEVEL logger: message" for WARN and above. */
    static final class CaptureAppender extends AppenderSkeleton {
        @Override
        protected void append(LoggingEvent event) {
            List<String> sink = currentLog;
            if (sink == null || !event.getLevel().isGreaterOrEqual(Level.WARN)) {
                return;
            }
            String msg = event.getRenderedMessage();
            String logger = event.getLoggerName();
            if (isNoise(logger, msg)) {
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

    static final class Verdict {
        String id;
        boolean accepted;
        int exitCode;
        String stderr = "";
        String mode;                       // "standalone" | "quorum" | null
        List<String> messages = new ArrayList<>();
        List<String> causeClasses = new ArrayList<>();
        String exception;                  // class of the top exception, or null
        List<String> warnings = new ArrayList<>();
        long elapsedMs;

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
    static String q(String s) {
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

    // ---------------------------------------------------------------- main / batch

    public static void main(String[] args) throws Exception {
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
        root.addAppender(new CaptureAppender());
        root.setLevel(Level.WARN);


        Writer out = outFile != null
            ? new OutputStreamWriter(new FileOutputStream(outFile), StandardCharsets.US_ASCII)
            : new OutputStreamWriter(realOut, StandardCharsets.US_ASCII);

        ExecutorService worker = newWorker();
        for (String dir : dirs) {
            Verdict v;
            Properties saved = (Properties) System.getProperties().clone();
            List<String> log = new ArrayList<>();
            long t0 = System.nanoTime();
            try {
                resetStatics();
                requestedExit = null;
                currentLog = log;
                Future<Verdict> f = worker.submit(() -> runCase(dir));
                try {
                    v = f.get(timeoutMs, TimeUnit.MILLISECONDS);
                } catch (TimeoutException te) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();   // the stuck thread is a daemon; abandon it
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

    static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zk34oracle-case");
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

    /** Static state that ZooKeeper keeps between QuorumPeerConfig parses / server starts. */
    static void resetStatics() {
        try {
            Field f = ProviderRegistry.class.getDeclaredField("initialized");
            f.setAccessible(true);
            f.setBoolean(null, false);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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

    static Verdict runCase(String dir) {
        Verdict v = new Verdict();
        v.id = dir;
        String[] mode = {null};
        try {
            File caseDir = new File(dir);
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
            String cfgPath = new File(caseDir, "zoo.cfg").getAbsolutePath();
            initializeAndRun(cfgPath, mode);
            v.accepted = true;
            v.exitCode = 0;
        } catch (Throwable t) {
            v.accepted = false;
            if (t instanceof IllegalArgumentException) {
                v.exitCode = 2;
                v.stderr = "standalone".equals(mode[0])
                    ? "Usage: ZooKeeperServerMain configfile | port datadir [ticktime] [maxcnxns]"
                    : "Usage: QuorumPeerMain configfile";
            } else if (t instanceof ConfigException) {
                v.exitCode = 2;
                v.stderr = "Invalid config, exiting abnormally";
            } else if (t instanceof Exception) {
                v.exitCode = 1;
            } else {
                v.exitCode = 1;
                v.stderr = "Exception in thread \"main\" " + t;
            }
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                String m = c.getMessage();
                v.messages.add(m == null ? "" : m);
                v.causeClasses.add(c.getClass().getName());
            }
            v.exception = t.getClass().getName();
        }
        v.mode = mode[0];
        return v;
    }

    static void initializeAndRun(String cfgPath, String[] mode) throws Exception {
        QuorumPeerConfig config = new QuorumPeerConfig();
        config.parse(cfgPath);
        if (config.getServers().size() > 0) {
            mode[0] = "quorum";
            runQuorum(config);
        } else {
            mode[0] = "standalone";
            runStandalone(cfgPath);
        }
    }

    static void runQuorum(QuorumPeerConfig config) throws Exception {
        ServerCnxnFactory cnxnFactory = ServerCnxnFactory.createFactory();
        QuorumPeer quorumPeer = null;
        try {
            configureNoBind(cnxnFactory, config.getClientPortAddress());
            quorumPeer = new QuorumPeer();
            quorumPeer.setQuorumPeers(config.getServers());
            quorumPeer.setTxnFactory(new FileTxnSnapLog(new File(config.getDataLogDir()), new File(config.getDataDir())));
            quorumPeer.setElectionType(config.getElectionAlg());
            quorumPeer.setMyid(config.getServerId());
            quorumPeer.setTickTime(config.getTickTime());
            quorumPeer.setInitLimit(config.getInitLimit());
            quorumPeer.setSyncLimit(config.getSyncLimit());
            quorumPeer.setQuorumListenOnAllIPs(config.getQuorumListenOnAllIPs());
            quorumPeer.setCnxnFactory(cnxnFactory);
            quorumPeer.setQuorumVerifier(config.getQuorumVerifier());
            quorumPeer.setClientPortAddress(config.getClientPortAddress());
            quorumPeer.setMinSessionTimeout(config.getMinSessionTimeout());
            quorumPeer.setMaxSessionTimeout(config.getMaxSessionTimeout());
            quorumPeer.setZKDatabase(new ZKDatabase(quorumPeer.getTxnFactory()));
            quorumPeer.setLearnerType(config.getPeerType());
            quorumPeer.setSyncEnabled(config.getSyncEnabled());
            quorumPeer.setQuorumSaslEnabled(config.quorumEnableSasl);
            if (quorumPeer.isQuorumSaslAuthEnabled()) {
                quorumPeer.setQuorumServerSaslRequired(config.quorumServerRequireSasl);
                quorumPeer.setQuorumLearnerSaslRequired(config.quorumLearnerRequireSasl);
                quorumPeer.setQuorumServicePrincipal(config.quorumServicePrincipal);
                quorumPeer.setQuorumServerLoginContext(config.quorumServerLoginContext);
                quorumPeer.setQuorumLearnerLoginContext(config.quorumLearnerLoginContext);
            }
            quorumPeer.setQuorumCnxnThreadsSize(config.quorumCnxnThreadsSize);
            quorumPeer.initialize();
            // ---- QuorumPeer.start(): loadDataBase, (cnxnFactory.start: skipped), startLeaderElection
            invokePrivate(quorumPeer, QuorumPeer.class, "loadDataBase");
            long myid = config.getServerId();
            if (!quorumPeer.getView().containsKey(myid)) {
                throw new RuntimeException("My id " + myid + " not in the peer list");
            }
            if (config.getElectionAlg() == 3) {
                QuorumCnxManager qcm = quorumPeer.createCnxnManager();
                quietly(() -> qcm.halt());
            }
        } finally {
            final QuorumPeer qp = quorumPeer;
            quietly(() -> {
                if (qp != null && qp.getTxnFactory() != null) {
                    qp.getTxnFactory().close();
                }
            });
        }
    }

    static void runStandalone(String cfgPath) throws Exception {
        ServerConfig config = new ServerConfig();
        config.parse(cfgPath);
        ZooKeeperServer zkServer = new ZooKeeperServer();
        FileTxnSnapLog txnLog = null;
        try {
            txnLog = new FileTxnSnapLog(new File(config.getDataLogDir()), new File(config.getDataDir()));
            txnLog.setServerStats(zkServer.serverStats());
            zkServer.setTxnLogFactory(txnLog);
            zkServer.setTickTime(config.getTickTime());
            zkServer.setMinSessionTimeout(config.getMinSessionTimeout());
            zkServer.setMaxSessionTimeout(config.getMaxSessionTimeout());
            ServerCnxnFactory cnxnFactory = ServerCnxnFactory.createFactory();
            configureNoBind(cnxnFactory, config.getClientPortAddress());
            // cnxnFactory.startup(zkServer) -> start() (serving: skipped), zkServer.startdata()
            zkServer.startdata();
        } finally {
            final ZooKeeperServer zks = zkServer;
            quietly(() -> {
                if (zks.getZKDatabase() != null) {
                    zks.getZKDatabase().close();
                }
            });
            final FileTxnSnapLog tl = txnLog;
            quietly(() -> {
                if (tl != null) {
                    tl.close();
                }
            });
        }
    }

    /** 3.4's configure(addr, maxcc) before and instead of its bind: SASL login, then a probe bind. */
    static void configureNoBind(ServerCnxnFactory f, InetSocketAddress addr) throws Exception {
        invokePrivate(f, ServerCnxnFactory.class, "configureSaslLogin");
        if (!(f instanceof NIOServerCnxnFactory)) {
            throw new IOException("only the NIO factory is available in this oracle (Debian 3.4.13)");
        }
        InetSocketAddress probe = addr.isUnresolved()
            ? InetSocketAddress.createUnresolved(addr.getHostString(), 0)
            : new InetSocketAddress(addr.getAddress(), 0);
        try (ServerSocketChannel ch = ServerSocketChannel.open()) {
            ch.socket().setReuseAddress(true);
            ch.socket().bind(probe);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static void quietly(ThrowingRunnable r) {
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

    static void invokePrivate(Object target, Class<?> owner, String name) throws Exception {
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

    private Zk34Oracle() {
    }
}
