namespace ArticleExtract.Tests;

/// <summary>Pages of our own making for the page-type tests: a news article, a forum thread, a page served in a noscript.</summary>
internal static class PageTypePages
{
    public const string NewsArticle = """
<!DOCTYPE html><html lang="en"><head><title>Council votes to rebuild the harbour bridge | The Town Herald</title>
<link rel="canonical" href="https://www.townherald.example/news/2024/05/14/council-votes-to-rebuild-harbour-bridge">
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-14T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council votes to rebuild the harbour bridge","datePublished":"2024-05-14T09:00:00Z","author":{"@type":"Person","name":"Jane Reporter"}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Council votes to rebuild the harbour bridge</h1><p class="byline">By Jane Reporter</p><time datetime="2024-05-14T09:00:00Z">14 May 2024</time>
<p>The council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had run for more than three years in the town.</p>
<p>Engineers had warned that the bridge, opened in 1931, could no longer carry buses, and the detour added twenty minutes to many journeys.</p>
<p>Work is due to start in the spring and to last eighteen months, the council said, with a temporary footbridge kept open throughout.</p>
<p>Residents who spoke at the meeting welcomed the decision but asked for the footbridge to be lit at night and for the works to stop at weekends.</p>
<p>The cost, about twelve million pounds, will be shared between the council and the regional transport fund, which approved its part last month.</p></article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Bus routes change in June</a></li><li><a href="/b">Harbour festival returns</a></li></ul></aside>
<footer><a href="/about">About us</a></footer></body></html>
""";

    public const string ForumThread = """
<!DOCTYPE html><html lang="en"><head><title>How do I fix my boiler pressure? - Heating - Home Help Community</title>
<link rel="canonical" href="https://community.example.org/t/how-do-i-fix-my-boiler-pressure/1234">
<meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"How do I fix my boiler pressure?","author":{"@type":"Person","name":"alice"},"comment":[{"@type":"Comment","author":{"@type":"Person","name":"bob"}}]}</script>
</head><body><header><nav><a href="/">Home Help Community</a> <a href="/latest">Latest</a> <a href="/categories">Categories</a></nav></header>
<main><h1>How do I fix my boiler pressure?</h1><div class="topic-posts"><div class="topic-post" id="post_1"><div class="post-meta"><a class="username" href="/u/alice">alice</a> <time datetime="2024-03-01T10:00:00Z">March 1, 2024</time></div>
<div class="post-body"><p>Post number 1 of the thread explains what alice found after checking the pressure valve, the thermostat wiring and the pilot light once more this week.</p>
<p>It took a while, but resetting the controller and bleeding the radiators is what finally made the difference in the house for alice.</p></div>
<div class="post-actions"><button class="like">Like</button> <a class="reply" href="#">Reply</a> <a href="#">Quote</a> <span class="vote-count">3</span></div>
<div class="signature">Signature line of the poster alice</div></div>
<div class="topic-post comment reply-item" id="post_2"><div class="post-meta"><a class="username" href="/u/bob">bob</a> <time datetime="2024-03-02T10:00:00Z">March 2, 2024</time></div>
<div class="post-body"><p>Post number 2 of the thread explains what bob found after checking the pressure valve, the thermostat wiring and the pilot light once more this week.</p>
<p>It took a while, but resetting the controller and bleeding the radiators is what finally made the difference in the house for bob.</p></div>
<div class="post-actions"><button class="like">Like</button> <a class="reply" href="#">Reply</a> <a href="#">Quote</a> <span class="vote-count">6</span></div>
<div class="signature">Signature line of the poster bob</div></div>
<div class="topic-post comment reply-item" id="post_3"><div class="post-meta"><a class="username" href="/u/carol">carol</a> <time datetime="2024-03-03T10:00:00Z">March 3, 2024</time></div>
<div class="post-body"><p>Post number 3 of the thread explains what carol found after checking the pressure valve, the thermostat wiring and the pilot light once more this week.</p>
<p>It took a while, but resetting the controller and bleeding the radiators is what finally made the difference in the house for carol.</p></div>
<div class="post-actions"><button class="like">Like</button> <a class="reply" href="#">Reply</a> <a href="#">Quote</a> <span class="vote-count">9</span></div>
<div class="signature">Signature line of the poster carol</div></div>
<div class="topic-post comment reply-item" id="post_4"><div class="post-meta"><a class="username" href="/u/dave">dave</a> <time datetime="2024-03-04T10:00:00Z">March 4, 2024</time></div>
<div class="post-body"><p>Post number 4 of the thread explains what dave found after checking the pressure valve, the thermostat wiring and the pilot light once more this week.</p>
<p>It took a while, but resetting the controller and bleeding the radiators is what finally made the difference in the house for dave.</p></div>
<div class="post-actions"><button class="like">Like</button> <a class="reply" href="#">Reply</a> <a href="#">Quote</a> <span class="vote-count">12</span></div>
<div class="signature">Signature line of the poster dave</div></div>
<div class="topic-post comment reply-item" id="post_5"><div class="post-meta"><a class="username" href="/u/erin">erin</a> <time datetime="2024-03-05T10:00:00Z">March 5, 2024</time></div>
<div class="post-body"><p>Post number 5 of the thread explains what erin found after checking the pressure valve, the thermostat wiring and the pilot light once more this week.</p>
<p>It took a while, but resetting the controller and bleeding the radiators is what finally made the difference in the house for erin.</p></div>
<div class="post-actions"><button class="like">Like</button> <a class="reply" href="#">Reply</a> <a href="#">Quote</a> <span class="vote-count">15</span></div>
<div class="signature">Signature line of the poster erin</div></div>
<div class="topic-post comment reply-item" id="post_6"><div class="post-meta"><a class="username" href="/u/frank">frank</a> <time datetime="2024-03-06T10:00:00Z">March 6, 2024</time></div>
<div class="post-body"><p>Post number 6 of the thread explains what frank found after checking the pressure valve, the thermostat wiring and the pilot light once more this week.</p>
<p>It took a while, but resetting the controller and bleeding the radiators is what finally made the difference in the house for frank.</p></div>
<div class="post-actions"><button class="like">Like</button> <a class="reply" href="#">Reply</a> <a href="#">Quote</a> <span class="vote-count">18</span></div>
<div class="signature">Signature line of the poster frank</div></div></div>
<div class="topic-footer"><button>Reply</button> <a href="/t/other/1">Suggested topic one</a> <a href="/t/other/2">Suggested topic two</a></div></main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>
""";

    public const string NoscriptShell = """
<!DOCTYPE html><html lang="en"><head><title>A script-built page</title></head><body><div id="app"></div><script>start()</script>
<noscript><div class="crawler"><h1>A script-built page</h1><p>The council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had run for more than three years in the town. Only the crawlers' version of this page holds its words.</p>
<p>Engineers had warned that the bridge, opened in 1931, could no longer carry buses, and the detour added twenty minutes to many journeys. Only the crawlers' version of this page holds its words.</p>
<p>Work is due to start in the spring and to last eighteen months, the council said, with a temporary footbridge kept open throughout. Only the crawlers' version of this page holds its words.</p>
<p>Residents who spoke at the meeting welcomed the decision but asked for the footbridge to be lit at night and for the works to stop at weekends. Only the crawlers' version of this page holds its words.</p></div></noscript></body></html>
""";
}
