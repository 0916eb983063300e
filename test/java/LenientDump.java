// LenientDump: test oracle for zklint's lenient Java readers (src/model/java-lenient.ts).
// Reads lines "<op>\t<input>" from stdin and prints one line per input:
//   decodeInt / decodeLong: "ok <value>" or "err" (Integer.decode / Long.decode, as getInteger/getLong use)
//   parseInt / parseLong: "ok <value>" or "err" (Integer.parseInt / Long.parseLong)
//   filePath: "<new File(input).getPath()>" wrapped in brackets
import java.io.*;
import java.nio.charset.StandardCharsets;

public class LenientDump {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false, "UTF-8");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int tab = line.indexOf('\t');
      String op = line.substring(0, tab);
      String v = line.substring(tab + 1);
      switch (op) {
        case "decodeInt":
          try { out.println("ok " + Integer.decode(v)); } catch (NumberFormatException e) { out.println("err"); }
          break;
        case "decodeLong":
          try { out.println("ok " + Long.decode(v)); } catch (NumberFormatException e) { out.println("err"); }
          break;
        case "parseInt":
          try { out.println("ok " + Integer.parseInt(v)); } catch (NumberFormatException e) { out.println("err"); }
          break;
        case "parseLong":
          try { out.println("ok " + Long.parseLong(v)); } catch (NumberFormatException e) { out.println("err"); }
          break;
        case "filePath":
          out.println("[" + new File(v).getPath() + "]");
          break;
        default:
          out.println("?");
      }
    }
    out.flush();
  }
}
