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
 * SHARED: the plain-Java part (batch protocol, log capture, verdict JSON, probe bind, helpers) is
 * OracleKit.java, compiled with this file and with ZkOracle.java. The start-up path, the exit-code
 * mapping, the static-state reset and the noise list stay here although some lines look like
 * ZkOracle.java's (the QuorumPeer setters, the quorum SASL block): each mirrors its own version's
 * runFromConfig against that version's package-private API (3.4 has no ServiceUtils,
 * DatadirException or AdminServer, and other setters), so one shared copy would have to track two
 * ZooKeeper versions at once.
 */

package org.apache.zookeeper.server.quorum;

import static zklint.oracle.OracleKit.invokePrivate;
import static zklint.oracle.OracleKit.probeBind;
import static zklint.oracle.OracleKit.quietly;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;

import org.apache.zookeeper.server.NIOServerCnxnFactory;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZKDatabase;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.apache.zookeeper.server.auth.ProviderRegistry;
import org.apache.zookeeper.server.persistence.FileTxnSnapLog;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig.ConfigException;

import zklint.oracle.OracleKit;
import zklint.oracle.OracleKit.Verdict;

public final class Zk34Oracle {

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

    // ---------------------------------------------------------------- main / batch

    public static void main(String[] args) throws Exception {
        OracleKit.runBatch(args, "zk34oracle-case", Zk34Oracle::isNoise, new OracleKit.Harness() {
            @Override
            public void reset() {
                resetStatics();
            }

            @Override
            public Verdict run(String dir) {
                return runCase(dir);
            }
        });
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

    // ---------------------------------------------------------------- one case

    static Verdict runCase(String dir) {
        return OracleKit.runCase(dir, Zk34Oracle::initializeAndRun, Zk34Oracle::mapException);
    }

    /** Exit code and stderr as 3.4's QuorumPeerMain.main / ZooKeeperServerMain.main. */
    static void mapException(Verdict v, Throwable t, String usage) {
        if (t instanceof IllegalArgumentException) {
            v.exitCode = 2;
            v.stderr = usage;
        } else if (t instanceof ConfigException) {
            v.exitCode = 2;
            v.stderr = "Invalid config, exiting abnormally";
        } else if (t instanceof Exception) {
            v.exitCode = 1;
        } else {
            v.exitCode = 1;
            v.stderr = "Exception in thread \"main\" " + t;
        }
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
        probeBind(addr);
    }

    private Zk34Oracle() {
    }
}
