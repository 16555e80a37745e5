package examgen.render;

import java.util.Locale;
import java.util.TimeZone;

import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration every template runs under: templates from the bank cannot create
 * objects ({@code ?new}) or reach the Java API ({@code ?api}), see only maps, lists and strings,
 * stop at the first error (with its file and line), and format nothing by locale.
 */
public final class Sandbox {

    private Sandbox() {
    }

    /** @return a locked-down configuration writing {@code outputFormat} */
    public static Configuration configuration(OutputFormat outputFormat) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setOutputFormat(outputFormat);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setDefaultEncoding("UTF-8");
        return config;
    }
}
