"""`akhbar serve` in a real browser (headless Chromium driven by Selenium through chromedriver):
the search form with an Arabic spelling variant, a result opened, the article's title and body in
the DOM, the segmentation view, hostile text that must stay text, fonts and a phone-width window.
Screenshots of every page go to serve-screenshots/ next to the akhbar binary (look at them).

Skips (exit 77) when Chromium, chromedriver or python3-selenium are missing.
"""
import atexit
import json
import os
import shutil
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
from serve_util import HOSTILE_TITLE, Server, build_archive  # noqa: E402

_STATE = {}


def browser(ctx):
    """One headless Chromium for the whole script."""
    if 'driver' in _STATE:
        return _STATE['driver']
    try:
        from selenium import webdriver
    except ImportError:
        raise harness.Skip('python3-selenium is not installed')
    chrome = shutil.which('chromium') or shutil.which('chromium-browser')
    driver_path = shutil.which('chromedriver')
    if not chrome or not driver_path:
        raise harness.Skip('chromium or chromedriver is not installed')
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = chrome
    for arg in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--window-size=1200,900', '--lang=ar', '--no-first-run', '--disable-extensions',
                '--disable-background-networking', '--disable-sync', '--font-render-hinting=none'):
        options.add_argument(arg)
    options.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    _STATE['driver'] = driver
    return driver


def archive(ctx):
    if 'db' not in _STATE:
        folder = tempfile.mkdtemp(prefix='akhbar-serve-browser-')
        atexit.register(shutil.rmtree, folder, True)  # shared by this file's tests; removed at exit
        _STATE['db'] = build_archive(ctx, folder)
    return _STATE['db']


def shot(ctx, driver, name):
    folder = os.path.join(os.path.dirname(ctx.akhbar), 'serve-screenshots')
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name + '.png')
    driver.save_screenshot(path)
    return path


def cli_json(ctx, *args):
    r = ctx.run(list(args))
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_search_variant_open_result_and_segmentation(ctx):
    driver = browser(ctx)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    db = archive(ctx)
    with Server(ctx, db) as s:
        driver.set_window_size(1200, 900)
        driver.get(s.base + '/')
        assert driver.find_element(By.TAG_NAME, 'html').get_attribute('dir') == 'rtl'
        # Typed without hamza and with ه for ة: the archive has "أسعار" and "أوبك".
        box = driver.find_element(By.ID, 'q')
        box.send_keys('اسعار اوبك')
        box.send_keys(Keys.ENTER)
        driver.find_element(By.ID, 'results')
        query = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)
        assert query['q'] == ['اسعار اوبك'], driver.current_url  # the URL holds the query
        titles = driver.find_elements(By.CSS_SELECTOR, '#results a.title')
        assert titles and titles[0].text == 'ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج', [t.text for t in titles]
        marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, '#results mark')]
        assert 'أسعار' in marks and 'أوبك' in marks, marks
        assert driver.find_element(By.ID, 'total').text == '1'
        shot(ctx, driver, 'search')
        titles[0].click()
        article = cli_json(ctx, 'show', '--db', db, driver.current_url.rsplit('/', 1)[1], '--format', 'json')[0]
        assert driver.find_element(By.ID, 'title').text == article['title']
        body = driver.find_element(By.ID, 'body').text
        for block in article['body']:
            assert block['text'] in body
        shot(ctx, driver, 'article')
        driver.find_element(By.ID, 'segmentation-link').click()
        rows = driver.find_elements(By.CSS_SELECTOR, '#trace tbody tr')
        cells = [[td.text for td in r.find_elements(By.TAG_NAME, 'td')] for r in rows]
        assert cells[0] == ['1', 'title', 'first line, headline-like (8 words, no final period)',
                            'ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج'], cells
        assert [c[1] for c in cells] == ['title', 'body', 'body']
        shot(ctx, driver, 'segmentation')
        # The system's Arabic fonts, none fetched.
        family = driver.execute_script('return getComputedStyle(document.body).fontFamily')
        assert family.startswith('"Noto Naskh Arabic", "Noto Sans Arabic", Amiri'), family
        driver.get(s.base + '/stats')
        assert driver.find_elements(By.CSS_SELECTOR, 'svg.chart rect')
        shot(ctx, driver, 'stats')


def test_hostile_article_stays_text_in_the_dom(ctx):
    driver = browser(ctx)
    from selenium.webdriver.common.by import By
    db = archive(ctx)
    aid = next(r['id'] for r in cli_json(ctx, 'list', '--db', db, '--limit', '0', '--format', 'json')
               if r['title'] == HOSTILE_TITLE)
    with Server(ctx, db) as s:
        driver.get(f'{s.base}/article/{aid}')
        assert driver.title == HOSTILE_TITLE + ' · akhbar'  # not "pwned": no script ran
        assert driver.find_element(By.ID, 'title').text == HOSTILE_TITLE
        assert '"><img src=x onerror=alert(1)>' in driver.find_element(By.ID, 'body').text
        assert driver.find_elements(By.TAG_NAME, 'script') == []
        assert driver.find_elements(By.TAG_NAME, 'img') == []
        hrefs = [a.get_attribute('href') or '' for a in driver.find_elements(By.TAG_NAME, 'a')]
        assert not [h for h in hrefs if h.lower().startswith('javascript:')], hrefs
        # No console errors (a CSP violation would be one).
        errors = [e for e in driver.get_log('browser') if e['level'] == 'SEVERE' and 'favicon' not in e['message']]
        assert not errors, errors
        shot(ctx, driver, 'hostile')


def test_phone_width(ctx):
    driver = browser(ctx)
    from selenium.webdriver.common.by import By
    db = archive(ctx)
    with Server(ctx, db) as s:
        driver.set_window_size(390, 844)
        try:
            for path, name in (('/search?q=' + urllib.parse.quote('الأمريكية'), 'phone-search'),
                               ('/article/1', 'phone-article'), ('/article/1/segmentation', 'phone-segmentation'),
                               ('/stats', 'phone-stats')):
                driver.get(s.base + path)
                width = driver.execute_script('return document.documentElement.clientWidth')
                scroll = driver.execute_script('return document.documentElement.scrollWidth')
                assert scroll <= width, (path, scroll, width)  # nothing wider than the phone
                assert driver.find_element(By.TAG_NAME, 'main').size['width'] <= width
                shot(ctx, driver, name)
        finally:
            driver.set_window_size(1200, 900)


def _main():
    try:
        harness.main(globals())
    finally:
        if 'driver' in _STATE:
            _STATE['driver'].quit()


_main()
