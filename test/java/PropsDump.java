// PropsDump: test oracle for zklint's properties lexer.
// For each file argument (or each line of an "@listfile" argument), loads it with
// java.util.Properties.load(InputStream) and prints one ASCII JSON line:
//   {"ok":true,"entries":{...}}   or   {"ok":false,"error":"<message>"}
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class PropsDump {
  public static void main(String[] args) throws IOException {
    List<String> files = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("@")) files.addAll(Files.readAllLines(Paths.get(a.substring(1)), StandardCharsets.UTF_8));
      else files.add(a);
    }
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false, "US-ASCII");
    for (String f : files) {
      if (f.isEmpty()) continue;
      out.println(dump(f));
    }
    out.flush();
  }

  static String dump(String f) {
    Properties p = new Properties();
    try (InputStream in = new FileInputStream(f)) {
      p.load(in);
    } catch (Exception e) {
      return "{\"ok\":false,\"error\":" + q(String.valueOf(e.getMessage())) + "}";
    }
    StringBuilder sb = new StringBuilder("{\"ok\":true,\"entries\":{");
    boolean first = true;
    for (Map.Entry<Object, Object> e : p.entrySet()) {
      if (!first) sb.append(',');
      first = false;
      sb.append(q((String) e.getKey())).append(':').append(q((String) e.getValue()));
    }
    return sb.append("}}").toString();
  }

  static String q(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
