/*
 * ZkOracle: a test oracle for zklint. Real Apache ZooKeeper 3.8 decides whether a server
 * configuration is accepted at startup, and with which exit code and messages.
 *
 * WHAT IT MIRRORS (ZooKeeper release-3.8.0-1 sources, Debian's 3.8.0 jar):
 *   QuorumPeerMain.main / initializeAndRun:
 *     1. QuorumPeerConfig.parse(<absolute path of zoo.cfg>)
 *     2a. config.isDistributed() -> QuorumPeerMain.runFromConfig, up to (not including) serving:
 *          MetricsProviderBootstrap.startMetricsProvider, ServerMetrics.metricsProviderInitialized,
 *          ProviderRegistry.initialize, ServerCnxnFactory.createFactory + configure for the client
 *          and the secure client address (without binding the real port, see configureNoBind),
 *          new QuorumPeer(), new FileTxnSnapLog(dataLogDir, dataDir), the setters, initialize()
 *          (quorum SASL), new JvmPauseMonitor, then the first steps of QuorumPeer.start():
 *          "My id <id> not in the peer list", loadDataBase() (snapshot/txn-log restore,
 *          currentEpoch/acceptedEpoch), and createCnxnManager() (parses zookeeper.cnxTimeout).
 *     2b. otherwise -> ZooKeeperServerMain.initializeAndRun / runFromConfig:
 *          ServerConfig.parse (the second parse), metrics provider, ProviderRegistry.initialize,
 *          new FileTxnSnapLog, new ZooKeeperServer, AdminServerFactory.createAdminServer,
 *          ServerCnxnFactory.createFactory + configure (no bind) for the client / secure client
 *          address, and ZooKeeperServer.startdata() (database load + initial snapshot), which
 *          the real server runs from cnxnFactory.startup(zkServer).
 *     3. Exceptions are mapped exactly as QuorumPeerMain.main / ZooKeeperServerMain.main do:
 *          IllegalArgumentException -> 2, stderr = usage line
 *          ConfigException          -> 2, "Invalid config, exiting abnormally"
 *          DatadirException         -> 3, "Unable to access datadir, exiting abnormally"
 *          AdminServerException     -> 4, "Unable to start AdminServer, exiting abnormally"
 *          any other Exception      -> 1, nothing on stderr
 *        A ServiceUtils.requestSystemExit(code) during the case (e.g. a failing initial
 *        snapshot) is recorded and reported as that exit code.
 *
 * VERSIONS: compiled and run against 3.8 (Debian's installed jar) and 3.9 (fetched jars, see
 * scripts/fetch-zookeeper.sh); 3.4 has its own harness, Zk34Oracle.java. With the servlet API
 * (/usr/share/java/servlet-api.jar) on the classpath the AdminServer is Jetty's, as in Apache's
 * tarball: constructed for real (admin.* properties), started as a probe bind (see
 * startAdminServerNoBind), standalone only (QuorumPeer.start catches its failures and runs on).
 *
 * NOT MIRRORED (needs a serving server): binding the real client/election/quorum/admin ports
 * (only a probe bind of the same address on an ephemeral port is done), leader election, JMX/log4j MBean
 * registration, the purge task (DatadirCleanupManager), the reconfig rewrite of zoo.cfg after
 * a quorum forms, TLS handshakes.
 *
 * SHARED: the batch protocol, log capture, verdict JSON and small helpers are OracleKit.java
 * (plain Java, no ZooKeeper class), compiled with this file and with Zk34Oracle.java.
 *
 * PACKAGE: the class lives in org.apache.zookeeper.server.quorum (like QuorumPeerMain) so that
 * the package-private QuorumPeer setters runFromConfig uses are callable without reflection.
 *
 * USAGE: java -cp <classes:zookeeper.jar:slf4j-log4j12.jar:log4j-1.2.jar>
 *            org.apache.zookeeper.server.quorum.ZkOracle
 *            [--out <file>] [--timeout-ms <n>] [caseDir ...]
 *   Case directories come from the arguments, or one per line on stdin when there are none.
 *   A case dir holds zoo.cfg and optionally jvm.properties (system properties for this case).
 *   Each verdict is one ASCII-only JSON line. With --out they go to that file; otherwise to
 *   stdout prefixed with "@@ZKORACLE@@ ". ZooKeeper's own System.out is redirected to stderr.
 */

package org.apache.zookeeper.server.quorum;

import static zklint.oracle.OracleKit.invokePrivate;
import static zklint.oracle.OracleKit.probeBind;
import static zklint.oracle.OracleKit.quietly;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.apache.zookeeper.metrics.MetricsProvider;
import org.apache.zookeeper.metrics.MetricsProviderLifeCycleException;
import org.apache.zookeeper.server.NIOServerCnxnFactory;
import org.apache.zookeeper.server.NettyServerCnxnFactory;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ServerMetrics;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.apache.zookeeper.server.admin.AdminServer;
import org.apache.zookeeper.server.admin.AdminServer.AdminServerException;
import org.apache.zookeeper.server.admin.AdminServerFactory;
import org.apache.zookeeper.server.admin.DummyAdminServer;
import org.apache.zookeeper.server.auth.ProviderRegistry;
import org.apache.zookeeper.metrics.impl.MetricsProviderBootstrap;
import org.apache.zookeeper.server.persistence.FileTxnSnapLog;
import org.apache.zookeeper.server.persistence.FileTxnSnapLog.DatadirException;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig.ConfigException;
import org.apache.zookeeper.server.util.JvmPauseMonitor;
import org.apache.zookeeper.server.ZKDatabase;
import org.apache.zookeeper.util.ServiceUtils;

import zklint.oracle.OracleKit;
import zklint.oracle.OracleKit.Verdict;

public final class ZkOracle {

    /** Log lines that are Debian-environment noise, not ZooKeeper's verdict on the config
     *  (see real-zookeeper-harness.md, "Environment quirks of the Debian build"). */
    static boolean isNoise(String logger, String msg) {
        if (msg == null) {
            return false;
        }
        return msg.contains("JettyAdminServer")               // AdminServerFactory: no jetty/servlet
            || logger.startsWith("org.eclipse.jetty")          // Jetty's own start-up chatter
            || logger.endsWith("AdminServerFactory")
            || msg.contains("maxCnxns is not configured")
            || msg.contains("running in standalone mode")
            || msg.contains("Prometheus");
    }

    // ---------------------------------------------------------------- exit requests

    /** Exit code requested through ServiceUtils.requestSystemExit during the case (or null). */
    static volatile Integer requestedExit = null;
    /** Messages of the ERROR lines logged before that request. */
    static volatile List<String> exitWords = null;

    // ---------------------------------------------------------------- main / batch

    public static void main(String[] args) throws Exception {
        OracleKit.runBatch(args, "zkoracle-case", ZkOracle::isNoise, new OracleKit.Harness() {
            @Override
            public void start() {
                // Never let ZooKeeper end the JVM; remember what it asked for.
                // The real process ends at the first request: keep that code and the ERROR lines logged up
                // to it (ZooKeeper's last words, e.g. "Unexpected exception when creating WatchManager,
                // exiting abnormally"); whatever the oracle's thread does after it never happens for real.
                ServiceUtils.setSystemExitProcedure(code -> {
                    if (requestedExit != null) {
                        return;
                    }
                    requestedExit = code;
                    List<String> sink = OracleKit.currentLog;
                    List<String> words = new ArrayList<>();
                    if (sink != null) {
                        synchronized (sink) {
                            for (String line : sink) {
                                if (line.startsWith("ERROR ")) {
                                    words.add(line.substring(line.indexOf(": ") + 2));
                                }
                            }
                        }
                    }
                    exitWords = words;
                });
            }

            @Override
            public void reset() {
                resetStatics();
                requestedExit = null;
                exitWords = null;
            }

            @Override
            public Verdict run(String dir) {
                return runCase(dir);
            }
        });
    }

    /** Static state that ZooKeeper keeps between QuorumPeerConfig parses / server starts. */
    static void resetStatics() {
        QuorumPeerConfig.setStandaloneEnabled(true);
        QuorumPeerConfig.setReconfigEnabled(false);
        ProviderRegistry.reset();
    }

    // ---------------------------------------------------------------- one case

    static Verdict runCase(String dir) {
        Verdict v = OracleKit.runCase(dir, ZkOracle::initializeAndRun, ZkOracle::mapException);
        Integer exit = requestedExit;
        if (exit != null && v.accepted) {
            // e.g. ZooKeeperServer.takeSnapshot failed: the real server would exit with this code
            v.accepted = false;
            v.exitCode = exit;
            v.messages.add("ServiceUtils.requestSystemExit(" + exit + ")");
            if (exitWords != null) v.messages.addAll(exitWords);
        } else if (exit != null) {
            // The exit came first (e.g. DataTree could not create its watch manager): an exception
            // after it (a NullPointerException on the missing manager) never happens for real.
            v.exitCode = exit;
            v.stderr = "";
            v.messages.clear();
            v.causeClasses.clear();
            v.exception = null;
            v.messages.add("ServiceUtils.requestSystemExit(" + exit + ")");
            if (exitWords != null) v.messages.addAll(exitWords);
        }
        return v;
    }

    /** Exit code and stderr exactly as QuorumPeerMain.main / ZooKeeperServerMain.main. */
    static void mapException(Verdict v, Throwable t, String usage) {
        if (t instanceof IllegalArgumentException) {
            v.exitCode = 2;
            v.stderr = usage;          // the log says "Invalid arguments, exiting abnormally"
        } else if (t instanceof ConfigException) {
            v.exitCode = 2;
            v.stderr = "Invalid config, exiting abnormally";
        } else if (t instanceof DatadirException) {
            v.exitCode = 3;
            v.stderr = "Unable to access datadir, exiting abnormally";
        } else if (t instanceof AdminServerException) {
            v.exitCode = 4;
            v.stderr = "Unable to start AdminServer, exiting abnormally";
        } else if (t instanceof Exception) {
            v.exitCode = 1;            // "Unexpected exception, exiting abnormally" (log only)
            v.stderr = "";
        } else {
            // An Error escapes main(): the JVM prints it and exits 1.
            v.exitCode = 1;
            v.stderr = "Exception in thread \"main\" " + t;
        }
    }

    /** QuorumPeerMain.initializeAndRun(new String[]{cfgPath}) up to serving. */
    static void initializeAndRun(String cfgPath, String[] mode) throws Exception {
        QuorumPeerConfig config = new QuorumPeerConfig();
        config.parse(cfgPath);
        // (DatadirCleanupManager purge task: not started, it only schedules a timer.)
        if (config.isDistributed()) {
            mode[0] = "quorum";
            runQuorum(config);
        } else {
            // QuorumPeerMain logs "running in standalone mode" and calls ZooKeeperServerMain.main.
            mode[0] = "standalone";
            runStandalone(cfgPath);
        }
    }

    // ---------------------------------------------------------------- quorum path

    /** QuorumPeerMain.runFromConfig, then QuorumPeer.start() up to startServerCnxnFactory(). */
    static void runQuorum(QuorumPeerConfig config) throws Exception {
        MetricsProvider metricsProvider;
        try {
            metricsProvider = MetricsProviderBootstrap.startMetricsProvider(
                config.getMetricsProviderClassName(), config.getMetricsProviderConfiguration());
        } catch (MetricsProviderLifeCycleException error) {
            throw new IOException("Cannot boot MetricsProvider " + config.getMetricsProviderClassName(), error);
        }
        List<ServerCnxnFactory> factories = new ArrayList<>();
        QuorumPeer quorumPeer = null;
        try {
            ServerMetrics.metricsProviderInitialized(metricsProvider);
            ProviderRegistry.initialize();
            ServerCnxnFactory cnxnFactory = null;
            ServerCnxnFactory secureCnxnFactory = null;
            if (config.getClientPortAddress() != null) {
                cnxnFactory = ServerCnxnFactory.createFactory();
                factories.add(cnxnFactory);
                configureNoBind(cnxnFactory, config.getClientPortAddress(), config.getMaxClientCnxns(),
                    config.getClientPortListenBacklog(), false);
            }
            if (config.getSecureClientPortAddress() != null) {
                secureCnxnFactory = ServerCnxnFactory.createFactory();
                factories.add(secureCnxnFactory);
                configureNoBind(secureCnxnFactory, config.getSecureClientPortAddress(), config.getMaxClientCnxns(),
                    config.getClientPortListenBacklog(), true);
            }

            quorumPeer = new QuorumPeer();
            quorumPeer.setTxnFactory(new FileTxnSnapLog(config.getDataLogDir(), config.getDataDir()));
            quorumPeer.enableLocalSessions(config.areLocalSessionsEnabled());
            quorumPeer.enableLocalSessionsUpgrading(config.isLocalSessionsUpgradingEnabled());
            quorumPeer.setElectionType(config.getElectionAlg());
            quorumPeer.setMyid(config.getServerId());
            quorumPeer.setTickTime(config.getTickTime());
            quorumPeer.setMinSessionTimeout(config.getMinSessionTimeout());
            quorumPeer.setMaxSessionTimeout(config.getMaxSessionTimeout());
            quorumPeer.setInitLimit(config.getInitLimit());
            quorumPeer.setSyncLimit(config.getSyncLimit());
            quorumPeer.setConnectToLearnerMasterLimit(config.getConnectToLearnerMasterLimit());
            quorumPeer.setObserverMasterPort(config.getObserverMasterPort());
            quorumPeer.setConfigFileName(config.getConfigFilename());
            quorumPeer.setClientPortListenBacklog(config.getClientPortListenBacklog());
            quorumPeer.setZKDatabase(new ZKDatabase(quorumPeer.getTxnFactory()));
            quorumPeer.setQuorumVerifier(config.getQuorumVerifier(), false);
            if (config.getLastSeenQuorumVerifier() != null) {
                quorumPeer.setLastSeenQuorumVerifier(config.getLastSeenQuorumVerifier(), false);
            }
            quorumPeer.initConfigInZKDatabase();
            quorumPeer.setCnxnFactory(cnxnFactory);
            quorumPeer.setSecureCnxnFactory(secureCnxnFactory);
            quorumPeer.setSslQuorum(config.isSslQuorum());
            quorumPeer.setUsePortUnification(config.shouldUsePortUnification());
            quorumPeer.setLearnerType(config.getPeerType());
            quorumPeer.setSyncEnabled(config.getSyncEnabled());
            quorumPeer.setQuorumListenOnAllIPs(config.getQuorumListenOnAllIPs());
            if (config.sslQuorumReloadCertFiles) {
                quorumPeer.getX509Util().enableCertFileReloading();
            }
            quorumPeer.setMultiAddressEnabled(config.isMultiAddressEnabled());
            quorumPeer.setMultiAddressReachabilityCheckEnabled(config.isMultiAddressReachabilityCheckEnabled());
            quorumPeer.setMultiAddressReachabilityCheckTimeoutMs(config.getMultiAddressReachabilityCheckTimeoutMs());
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
            if (config.isJvmPauseMonitorToRun()) {
                quorumPeer.setJvmPauseMonitor(new JvmPauseMonitor(config));
            }

            // ---- QuorumPeer.start(), first statements
            // config.getServerId() is what setMyid got: QuorumPeer.getId() became getMyId() in 3.9,
            // and getId() then resolves to Thread.getId().
            long myid = config.getServerId();
            if (!quorumPeer.getView().containsKey(myid)) {
                throw new RuntimeException("My id " + myid + " not in the peer list");
            }
            invokePrivate(quorumPeer, QuorumPeer.class, "loadDataBase");
            // startServerCnxnFactory() / adminServer.start(): skipped (binding, Dummy admin server).
            // startLeaderElection() -> createElectionAlgorithm -> createCnxnManager(): the
            // QuorumCnxManager constructor parses zookeeper.cnxTimeout (Integer.parseInt).
            // Its listener thread (which binds the election port) is not started.
            QuorumCnxManager qcm = quorumPeer.createCnxnManager();
            quietly(() -> qcm.halt());
        } finally {
            final QuorumPeer qp = quorumPeer;
            quietly(() -> {
                if (qp != null) {
                    if (qp.getTxnFactory() != null) {
                        qp.getTxnFactory().close();
                    }
                    Object db = field(qp, "zkDb");
                    if (db != null) {
                        ((ZKDatabase) db).close();
                    }
                    qp.getX509Util().close();
                }
            });
            for (ServerCnxnFactory f : factories) {
                quietly(() -> cleanupFactory(f));
            }
            quietly(metricsProvider::stop);
        }
    }

    // ---------------------------------------------------------------- standalone path

    /** ZooKeeperServerMain.initializeAndRun + runFromConfig up to serving. */
    static void runStandalone(String cfgPath) throws Exception {
        ServerConfig config = new ServerConfig();
        config.parse(cfgPath);                     // second parse, as ZooKeeperServerMain does

        MetricsProvider metricsProvider = null;
        FileTxnSnapLog txnLog = null;
        ZooKeeperServer zkServer = null;
        List<ServerCnxnFactory> factories = new ArrayList<>();
        try {
            try {
                metricsProvider = MetricsProviderBootstrap.startMetricsProvider(
                    config.getMetricsProviderClassName(), config.getMetricsProviderConfiguration());
            } catch (MetricsProviderLifeCycleException error) {
                throw new IOException("Cannot boot MetricsProvider " + config.getMetricsProviderClassName(), error);
            }
            ServerMetrics.metricsProviderInitialized(metricsProvider);
            ProviderRegistry.initialize();
            txnLog = new FileTxnSnapLog(config.getDataLogDir(), config.getDataDir());
            JvmPauseMonitor jvmPauseMonitor = null;
            if (config.isJvmPauseMonitorToRun()) {
                jvmPauseMonitor = new JvmPauseMonitor(config);
            }
            zkServer = new ZooKeeperServer(jvmPauseMonitor, txnLog, config.getTickTime(),
                config.getMinSessionTimeout(), config.getMaxSessionTimeout(), config.getClientPortListenBacklog(),
                null, (String) field(config, "initialConfig"));
            txnLog.setServerStats(zkServer.serverStats());

            AdminServer adminServer = AdminServerFactory.createAdminServer();
            if (adminServer instanceof DummyAdminServer) {
                adminServer.start();               // no-op
            } else {
                startAdminServerNoBind(adminServer);
            }

            boolean needStartZKServer = true;
            if (config.getClientPortAddress() != null) {
                ServerCnxnFactory cnxnFactory = ServerCnxnFactory.createFactory();
                factories.add(cnxnFactory);
                configureNoBind(cnxnFactory, config.getClientPortAddress(), config.getMaxClientCnxns(),
                    config.getClientPortListenBacklog(), false);
                // cnxnFactory.startup(zkServer) -> zkServer.startdata() (load db, initial snapshot)
                zkServer.startdata();
                needStartZKServer = false;
            }
            if (config.getSecureClientPortAddress() != null) {
                ServerCnxnFactory secureCnxnFactory = ServerCnxnFactory.createFactory();
                factories.add(secureCnxnFactory);
                configureNoBind(secureCnxnFactory, config.getSecureClientPortAddress(), config.getMaxClientCnxns(),
                    config.getClientPortListenBacklog(), true);
                if (needStartZKServer) {
                    zkServer.startdata();
                }
            }
        } finally {
            final ZooKeeperServer zks = zkServer;
            quietly(() -> {
                if (zks != null && zks.getZKDatabase() != null) {
                    zks.getZKDatabase().close();
                }
            });
            final FileTxnSnapLog tl = txnLog;
            quietly(() -> {
                if (tl != null) {
                    tl.close();
                }
            });
            for (ServerCnxnFactory f : factories) {
                quietly(() -> cleanupFactory(f));
            }
            final MetricsProvider mp = metricsProvider;
            quietly(() -> {
                if (mp != null) {
                    mp.stop();
                }
            });
        }
    }

    // ---------------------------------------------------------------- connection factories

    /**
     * ServerCnxnFactory.configure(addr, maxcc, backlog, secure) without taking the real port.
     *  - NIO: everything NIOServerCnxnFactory.configure does before ss.socket().bind(addr)
     *    ("SSL isn't supported in NIOServerCnxn", JAAS section check, maxCnxns warning,
     *    numSelectorThreads check), then a probe bind of the same address on an ephemeral port
     *    (fails like the real bind for unresolved or non-local addresses, never for "in use").
     *  - Netty: its configure() does not bind (binding happens in start()); called as is, plus
     *    the same probe bind.
     *  - anything else: the real configure().
     */
    static void configureNoBind(ServerCnxnFactory f, InetSocketAddress addr, int maxcc, int backlog, boolean secure)
        throws Exception {
        if (f instanceof NIOServerCnxnFactory) {
            if (secure) {
                throw new UnsupportedOperationException("SSL isn't supported in NIOServerCnxn");
            }
            invokePrivate(f, ServerCnxnFactory.class, "configureSaslLogin");
            invokePrivate(f, ServerCnxnFactory.class, "initMaxCnxns");
            int numCores = Runtime.getRuntime().availableProcessors();
            int numSelectorThreads = Integer.getInteger(NIOServerCnxnFactory.ZOOKEEPER_NIO_NUM_SELECTOR_THREADS,
                Math.max((int) Math.sqrt((float) numCores / 2), 1));
            if (numSelectorThreads < 1) {
                throw new IOException("numSelectorThreads must be at least 1");
            }
            probeBind(addr);
        } else if (f instanceof NettyServerCnxnFactory) {
            f.configure(addr, maxcc, backlog, secure);
            probeBind(addr);
        } else {
            f.configure(addr, maxcc, backlog, secure);
        }
    }

    /**
     * JettyAdminServer.start() without taking its port (8080 by default, shared by every case and
     * every test run on the machine): its constructor has already read the admin.* properties; the
     * start is replaced by a probe bind of its address on an ephemeral port, and a failure is
     * reported as start() reports it (an AdminServerException: exit code 4 when standalone).
     */
    static void startAdminServerNoBind(AdminServer admin) throws Exception {
        String address = (String) field(admin, "address");
        int port = (Integer) field(admin, "port");
        Object url = field(admin, "commandUrl");
        try {
            probeBind(new InetSocketAddress(address, 0));
        } catch (Exception e) {
            throw new AdminServerException(String.format(
                "Problem starting AdminServer on address %s, port %d and command URL %s", address, port, url), e);
        }
    }

    static void cleanupFactory(ServerCnxnFactory f) throws Exception {
        if (f instanceof NettyServerCnxnFactory) {
            f.shutdown();   // closes x509Util, SASL login, event loop groups
            return;
        }
        Object login = fieldOrNull(f, ServerCnxnFactory.class, "login");
        if (login != null) {
            login.getClass().getMethod("shutdown").invoke(login);
        }
    }

    // ---------------------------------------------------------------- reflection helpers

    static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    static Object fieldOrNull(Object target, Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private ZkOracle() {
    }
}
