/*
 * ZkEffective: what real ZooKeeper (3.5+) reads from a zoo.cfg, for the fix differential test.
 * For each case directory given on the command line it prints one ASCII JSON line:
 *   props:   every key/value java.util.Properties.load reads from <dir>/zoo.cfg (what
 *            QuorumPeerConfig.parse reads, before its own trimming), sorted by key;
 *   parsed:  null when QuorumPeerConfig.parse throws (error: the message), else every public
 *            no-argument getter/is-method of the parsed QuorumPeerConfig, as text;
 *   sysprops: the zookeeper.* system properties parse set (unknown keys end up there).
 * System properties are restored after each case, so cases do not leak into each other.
 * Relative paths resolve against the JVM's working directory: run one case per JVM with the
 * case directory as working directory when the config uses them.
 * Compiled with OracleKit.java (its JSON string quoting).
 */

import static zklint.oracle.OracleKit.q;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

public final class ZkEffective {

    static String obj(TreeMap<String, String> m) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (java.util.Map.Entry<String, String> e : m.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append(q(e.getKey())).append(':').append(q(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** Text of a getter's result; Object's default toString (an identity hash) becomes the class name. */
    static String text(Object v) {
        if (v == null) {
            return "null";
        }
        String s = String.valueOf(v);
        if (s.matches("(?s).*@[0-9a-f]{4,}")) {
            return v.getClass().getName();
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        for (String dir : args) {
            Properties saved = (Properties) System.getProperties().clone();
            File cfg = new File(dir, "zoo.cfg").getAbsoluteFile();
            TreeMap<String, String> props = new TreeMap<>();
            Properties p = new Properties();
            try (InputStream in = new FileInputStream(cfg)) {
                p.load(in);
            }
            for (String k : p.stringPropertyNames()) {
                props.put(k, p.getProperty(k));
            }
            TreeMap<String, String> parsed = null;
            String error = null;
            TreeMap<String, String> sys = new TreeMap<>();
            try {
                QuorumPeerConfig c = new QuorumPeerConfig();
                c.parse(cfg.getPath());
                parsed = new TreeMap<>();
                List<Method> methods = new ArrayList<>();
                Collections.addAll(methods, QuorumPeerConfig.class.getMethods());
                for (Method m : methods) {
                    String n = m.getName();
                    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    if (!(n.startsWith("get") || n.startsWith("is") || n.startsWith("are"))) {
                        continue;
                    }
                    try {
                        parsed.put(n, text(m.invoke(c)));
                    } catch (Exception e) {
                        parsed.put(n, "threw " + e.getCause());
                    }
                }
                for (String k : System.getProperties().stringPropertyNames()) {
                    if (k.startsWith("zookeeper.") && !k.equals("zookeeper.jmx.log4j.disable")) {
                        String before = saved.getProperty(k);
                        String now = System.getProperty(k);
                        if (before == null || !before.equals(now)) {
                            sys.put(k, now);
                        }
                    }
                }
            } catch (Exception e) {
                StringBuilder m = new StringBuilder();
                for (Throwable t = e; t != null; t = t.getCause()) {
                    m.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" / ");
                }
                error = m.toString();
            }
            System.setProperties(saved);
            System.out.println("{\"dir\":" + q(dir) + ",\"props\":" + obj(props) + ",\"parsed\":" + (parsed == null ? "null" : obj(parsed))
                + ",\"error\":" + q(error) + ",\"sysprops\":" + obj(sys) + "}");
        }
    }
}
