using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// One Lucene index kept up to date across content snapshots: each snapshot's <see cref="SearchIndex"/> is a
/// point-in-time reader of it, opened after re-indexing only the articles whose text changed. A save is found
/// by search milliseconds after its page shows, where rebuilding the whole index took seconds.
/// </summary>
/// <remarks>
/// The glossary's spellings are part of the analyzer, so a new glossary needs a new writer (the loader makes one).
/// Old snapshots keep searching their own reader; the first save more than <see cref="SearchIndex.KeptAfterReplaced"/>
/// after a newer snapshot's index was opened closes it, long after any request that read the old snapshot has finished.
/// </remarks>
internal sealed class SearchIndexWriter(IReadOnlyList<GlossaryTerm> glossary, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly System.Threading.Lock gate = new();
    private readonly Lazy<(PatientAnalyzer Analyzer, IndexWriter Writer)> lucene = new(() => Open(glossary));
    // What the index holds now, by route: compared with a snapshot's articles to find what changed.
    private readonly Dictionary<string, IReadOnlyList<PassageFields>> indexed = new(StringComparer.Ordinal);
    private readonly List<OpenReader> readers = [];

    /// <summary>Brings the index to exactly these articles and opens a reader of it for the snapshot numbered <paramref name="snapshot"/>.</summary>
    /// <param name="articles">In reading order; the first article with a route wins.</param>
    public SearchIndex IndexFor(long snapshot, IReadOnlyList<IndexedArticle> articles)
    {
        var (analyzer, writer) = lucene.Value;
        var unique = articles.DistinctBy(a => a.Article.Route).ToArray();
        lock (gate)
        {
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in unique)
            {
                var route = article.Article.Route;
                wanted.Add(route);
                var documents = article.Documents();
                if (indexed.TryGetValue(route, out var before) && before.SequenceEqual(documents)) continue;
                var term = new Term(SearchFields.Route, route);
                var lucenes = documents.Select((fields, ordinal) => DocumentOf(route, ordinal, fields));
                if (before is null) writer.AddDocuments(lucenes);
                else writer.UpdateDocuments(term, lucenes);
                indexed[route] = documents;
            }
            foreach (var gone in indexed.Keys.Where(route => !wanted.Contains(route)).ToArray())
            {
                writer.DeleteDocuments(new Term(SearchFields.Route, gone));
                indexed.Remove(gone);
            }

            var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
            Retire(snapshot, reader);
            return new SearchIndex(analyzer, reader, unique);
        }
    }

    /// <summary>Marks the readers of older snapshots superseded, and closes those superseded a while ago.</summary>
    private void Retire(long snapshot, DirectoryReader reader)
    {
        var now = time.GetUtcNow();
        var newest = readers.Count == 0 ? snapshot : Math.Max(snapshot, readers.Max(r => r.Snapshot));
        readers.Add(new OpenReader(snapshot, reader));
        foreach (var open in readers.Where(r => r.Snapshot < newest && r.SupersededAt is null))
            open.SupersededAt = now;
        foreach (var old in readers.Where(r => now - r.SupersededAt > SearchIndex.KeptAfterReplaced).ToArray())
        {
            old.Reader.Dispose();
            readers.Remove(old);
        }
    }

    private static (PatientAnalyzer, IndexWriter) Open(IReadOnlyList<GlossaryTerm> glossary)
    {
        var analyzer = new PatientAnalyzer(ConceptSynonyms.Build(glossary));
        var config = new IndexWriterConfig(PatientAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            // A whole site fits in one buffer: no flushes or merges while the first index is built.
            RAMBufferSizeMB = 256,
        };
        return (analyzer, new IndexWriter(new RAMDirectory(), config));
    }

    private static Document DocumentOf(string route, int ordinal, PassageFields fields)
    {
        var document = new Document
        {
            new StringField(SearchFields.Route, route, Field.Store.NO),
            new SortedDocValuesField(SearchFields.Route, new BytesRef(route)),
            new NumericDocValuesField(SearchFields.PassageNumber, ordinal),
            new TextField(SearchFields.Title, fields.Title, Field.Store.NO),
            new TextField(SearchFields.Heading, fields.Heading, Field.Store.NO),
            new TextField(SearchFields.Body, Encoding.UTF8.GetString(fields.Body), Field.Store.NO),
        };
        if (fields.Summary is { } summary) document.Add(new TextField(SearchFields.Summary, summary, Field.Store.NO));
        return document;
    }

    private sealed class OpenReader(long snapshot, DirectoryReader reader)
    {
        public long Snapshot { get; } = snapshot;
        public DirectoryReader Reader { get; } = reader;
        public DateTimeOffset? SupersededAt { get; set; }
    }
}
