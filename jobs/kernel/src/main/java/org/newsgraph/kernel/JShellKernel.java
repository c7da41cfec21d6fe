package org.newsgraph.kernel;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

/**
 * A Jupyter kernel for Java notebooks: jjava-jupyter speaks the protocol, the JDK's JShell evaluates
 * cells in this JVM ("local" execution), so everything on the kernel's classpath (Spark) is usable and
 * {@code display(...)} shows images. Notebook code stays plain Java and runs under JJava too.
 */
public final class JShellKernel extends BaseKernel {
  static final List<String> STARTUP = List.of(
      "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.*;",
      "import java.util.*;", "import java.util.stream.*;");

  private final JShell shell;
  private final CellSplitter splitter;

  private JShellKernel(String name, String version, org.dflib.jjava.jupyter.kernel.history.HistoryManager history,
                       org.dflib.jjava.jupyter.kernel.JupyterIO io, org.dflib.jjava.jupyter.kernel.comm.CommManager comms,
                       org.dflib.jjava.jupyter.kernel.display.Renderer renderer, MagicParser magics,
                       org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry registry,
                       org.dflib.jjava.jupyter.kernel.util.StringStyler errors) {
    super(name, version, new LanguageInfo.Builder("java").version(Runtime.version().toString())
            .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java").codemirror("java").build(),
        List.of(), history, io, comms, renderer, magics, registry, false, errors);
    Image.registerAll(getRenderer());
    String classpath = System.getProperty("java.class.path");
    this.shell = JShell.builder().executionEngine("local")
        .compilerOptions("--class-path", classpath, "-proc:none").build();
    for (String entry : classpath.split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
    installNotebookKernel();
    STARTUP.forEach(this::evalRaw);
  }

  static final class Builder extends BaseKernelBuilder<Builder, JShellKernel> {
    @Override
    public JShellKernel build() {
      return new JShellKernel(buildName(), buildVersion(), buildHistoryManager(),
          buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(),
          new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler()), buildMagicsRegistry(), buildErrorStyler());
    }
  }

  public static JShellKernel create() {
    return new Builder().name("newsgraph-java").version("0.1.0").build();
  }

  @Override
  public Object evalRaw(String code) {
    // Spark loads classes through the context class loader; snippets run in this thread's loader chain.
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Object value = null;
    try {
      for (String source : splitter.split(code)) {
        value = null;
        for (SnippetEvent e : shell.eval(source)) {
          if (e.status() == Snippet.Status.REJECTED) {
            String diags = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
            throw new CellException("does not compile: " + source.strip() + "\n" + diags);
          }
          if (e.exception() != null) {
            Throwable ex = e.exception();
            String type = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.getClass().getName();
            throw new CellException(type + ": " + ex.getMessage());
          }
          if (e.value() != null && (e.snippet().kind() == Snippet.Kind.EXPRESSION
              || e.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)) {
            value = e.value();
          }
        }
      }
      return value;
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return null;
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    return null;
  }

  @Override
  public String isComplete(String code) {
    return switch (splitter.isComplete(code)) {
      case "complete" -> IS_COMPLETE_YES;
      case "incomplete" -> IS_COMPLETE_MAYBE;
      default -> IS_COMPLETE_BAD;
    };
  }

  @Override
  public void onShutdown(boolean restart) {
    shell.close();
  }

  /** A cell that did not compile or threw; its message is what the notebook shows. */
  static final class CellException extends RuntimeException {
    CellException(String message) {
      super(message);
    }
  }

  /** Entry point: {@code java ... org.newsgraph.kernel.JShellKernel CONNECTION_FILE}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: JShellKernel CONNECTION_FILE");
      System.exit(2);
    }
    KernelConnectionProperties props = KernelConnectionProperties.parse(
        Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    JupyterConnection connection = new JupyterConnection(props);
    JShellKernel kernel = create();
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
  }
}
