using System.Text;
using ArticleExtract.Cli;

return await CommandLine.RunAsync(args, Console.Out, Console.Error);

namespace ArticleExtract.Cli
{
    /// <summary>The <c>articleextract</c> command.</summary>
    internal static class CommandLine
    {
        /// <summary>Runs the command; returns the exit code (0 all pages done, 1 some failed, 2 usage error).</summary>
        public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
        {
            var (options, error) = CliOptions.Parse(args);
            if (options is null)
            {
                if (error!.Length == 0)
                {
                    await stdout.WriteLineAsync(CliOptions.Usage);
                    return 0;
                }

                await stderr.WriteLineAsync($"articleextract: {error}\n{CliOptions.Usage}");
                return 2;
            }

            if (options.Warc)
            {
                return await WarcRunner.RunAsync(options, stdout, stderr);
            }

            var files = InputFile.Expand(options.Paths);
            var single = files.Count == 1 && !Directory.Exists(options.Paths[0]);
            var format = options.Format ?? (single ? OutputFormat.Json : OutputFormat.Jsonl);
            var runner = new BatchRunner(options, format);
            if (options.OutFile is null)
            {
                var failures = await runner.RunAsync(files, stdout, stderr, CancellationToken.None);
                return failures > 0 ? 1 : 0;
            }

            await using var writer = new StreamWriter(options.OutFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var failed = await runner.RunAsync(files, writer, stderr, CancellationToken.None);
            return failed > 0 ? 1 : 0;
        }
    }
}
