"""Cleaning: page chrome out, captions kept, offsets traceable (sentences written for these tests)."""

from ingest.clean import clean_article


def test_it_drops_widget_labels_and_login_lines():
    text = "Ministers meet in Oslo\nSubscribe\nThe two ministers met on Monday.\nNewsfeed\n0\nlog in or register\nloader\nChats"
    assert clean_article(text=text).text == "Ministers meet in Oslo\nThe two ministers met on Monday."


def test_it_drops_lines_in_another_script():
    text = "The envoy met the president.\nЗаголовок открываемого материала"
    assert clean_article(text=text).text == "The envoy met the president."


def test_it_keeps_the_caption_glued_to_a_photo_credit():
    text = "© AFP / Jane DoeU.S. Secretary of State Ann Smith meets the Dutch minister in Paris\nBody text here."
    clean = clean_article(text=text).text
    assert clean.startswith("U.S. Secretary of State Ann Smith meets the Dutch minister in Paris")
    assert "Jane Doe" not in clean


def test_it_drops_a_caption_repeated_with_the_outlet_name():
    caption = "Minister Ann Smith and Minister Bo Li shake hands in Oslo, May 3, 2019"
    clean = clean_article(text=f"{caption}\n{caption} - Example News International\nBody.").text
    assert clean.count("shake hands") == 1


def test_it_drops_the_headline_list_after_a_read_also_marker():
    text = "Leaders met in Rome on Friday.\nRead also\nSomething else happened today\nAnother unrelated headline\nThe talks lasted an hour."
    assert clean_article(text=text).text == "Leaders met in Rome on Friday.\nThe talks lasted an hour."


def test_it_normalises_odd_spaces_and_maps_offsets_back():
    original = "Intro line.\nThe\u00a0ministers  met in\u2009Oslo."
    clean = clean_article(text=original)
    assert clean.text == "Intro line.\nThe ministers met in Oslo."
    at = clean.text.index("Oslo")
    assert original[clean.to_original(at): clean.to_original(at) + 4] == "Oslo"


def test_it_prepends_the_title_only_when_the_text_lacks_it():
    body = "The ministers met on Monday in Oslo."
    assert clean_article(text=body, title="Ministers meet").text.startswith("Ministers meet\n\n")
    assert clean_article(text="Ministers meet\n" + body, title="Ministers meet").text.count("Ministers meet") == 1


def test_it_never_keeps_scripts_from_html():
    html = "<html><body><script>alert('x')</script><article><p>The envoy met the king in Amman on Monday.</p></article></body></html>"
    clean = clean_article(html=html).text
    assert "alert" not in clean and "met the king" in clean


def test_a_caption_after_photo_colon_is_kept_and_a_bare_credit_is_not():
    text = ("Body line one.\nPhoto: Dutch Foreign Minister Anna de Vries and Peruvian President Carlos Mendoza shake hands "
            "before their talks in Lima, May 5, 2020. REUTERS/File Photo\nPhoto: Reuters\nPHOTO: AFP/Jan Bakker\nMore body.")
    lines = clean_article(text=text).text.split("\n")
    assert lines == ["Body line one.", "Dutch Foreign Minister Anna de Vries and Peruvian President Carlos Mendoza shake hands "
                     "before their talks in Lima, May 5, 2020. REUTERS/File Photo", "More body."]


def test_another_article_s_headline_behind_a_label_is_page_chrome():
    text = ("GENEVA (AP) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry met in Geneva on "
            "Friday.\nRELATED: Putin, Obama to meet at G20 summit\nRead more: Trump says he would meet Kim Jong Un\n"
            "WATCH | Xi and Modi hold summit\nThe talks lasted into the night.")
    out = clean_article(text=text).text
    assert "Putin" not in out and "Trump" not in out and "Modi" not in out
    assert "met in Geneva" in out and "lasted into the night" in out


def test_it_drops_the_headline_lists_of_other_outlets_markers():
    for marker in ("RELATED COVERAGE", "You may also like", "Recommended stories", "More on this story"):
        text = f"Leaders met in Rome on Friday.\n{marker}\nMendoza meets de Vries ahead of summit\nThe talks lasted an hour."
        assert clean_article(text=text).text == "Leaders met in Rome on Friday.\nThe talks lasted an hour.", marker


def test_the_headlines_after_an_outlets_tags_are_other_stories():
    text = ("MOSCOW, September 14. /TASS/. The two ministers will meet in Sochi on Monday, a spokesman said.\n"
            "Tags\nSyria\nAnna de Vries\nMendoza, de Vries hold phone talks\nPetrov meets Turkish counterpart in Moscow\n© TASS 2018")
    assert clean_article(text=text).text == "MOSCOW, September 14. /TASS/. The two ministers will meet in Sochi on Monday, a spokesman said."


def test_a_capitalised_word_in_prose_is_not_glued_text_but_a_name_glued_to_a_menu_is():
    text = ("Putin held talks with Erdogan in Istanbul, where the two leaders inaugurated the TurkStream gas pipeline.\n"
            "Kremlin praises Merkel for welcoming PutinRussian Politics & Diplomacy")
    lines = clean_article(text=text).text.split("\n")
    assert lines[0].endswith("the TurkStream gas pipeline.")
    assert "PutinRussian" not in clean_article(text=text).text


def test_bylines_of_several_reporters_are_page_chrome():
    text = ("By Jan Bakker and Ana Soto\nBy Jan Bakker, Ana Soto and Luis Ortiz | Wire\n"
            "Kim is expected to stay in Vietnam until Saturday, during which he will meet Peruvian President Carlos Mendoza.")
    clean = clean_article(text=text).text
    assert clean.startswith("Kim is expected") and "Bakker" not in clean


def test_it_drops_a_tag_line_with_its_marker_on_the_same_line():
    text = ("Minister Ann Smith met Minister Bo Li in Oslo on Tuesday.\nMORE ABOUT: Smith Li Oslo\n"
            "Read also: Smith says no plans to meet Li again\nThe talks lasted an hour.")
    assert clean_article(text=text).text == "Minister Ann Smith met Minister Bo Li in Oslo on Tuesday.\nThe talks lasted an hour."


def test_a_handle_or_hashtag_is_one_word_not_glued_words():
    text = '"Had a very good meeting with President @realDonaldTrump at the White House," Modi posted. #StandWithUkraine'
    assert "@realDonaldTrump" in clean_article(text=text).text
    assert "#StandWithUkraine" in clean_article(text=text).text


def test_headline_lists_behind_an_outlet_s_own_marker_are_other_stories():
    for marker in ("More from AFP:", "Also on France 24:", "DW recommends", "More from Reuters"):
        text = f"Leaders met in Rome on Friday.\n{marker}\nMendoza meets de Vries ahead of summit\nThe talks lasted an hour."
        assert clean_article(text=text).text == "Leaders met in Rome on Friday.\nThe talks lasted an hour.", marker
    for label in ("Popular:", "Follow live:", "More from AFP:"):
        text = f"Leaders met in Rome on Friday.\n{label} Mendoza to meet de Vries in Lima\nThe talks lasted an hour."
        assert clean_article(text=text).text == "Leaders met in Rome on Friday.\nThe talks lasted an hour.", label


def test_an_advertisement_line_inside_a_sentence_leaves_the_sentence_whole():
    text = ("Mendoza meets de Vries in Lima as leaders gather for the summit\nLIMA - Chilean President Carlos Mendoza held talks "
            "with the visiting Dutch prime minister, Anna de\n\nADVERTISEMENT\n\nVries, on Friday in Lima.\nAdvertisement\n"
            "The talks lasted an hour.")
    clean = clean_article(text=text)
    assert clean.text == ("Mendoza meets de Vries in Lima as leaders gather for the summit\nLIMA - Chilean President Carlos Mendoza "
                          "held talks with the visiting Dutch prime minister, Anna de Vries, on Friday in Lima.\nThe talks lasted an hour.")
    assert text[clean.to_original(clean.text.index("Vries, on"))] == "V"


def test_an_advertisement_line_after_a_headline_or_a_finished_sentence_is_only_dropped():
    text = "Mendoza meets de Vries in Lima as leaders gather for the summit\nAdvertisement\nLIMA - The two leaders met on Friday."
    assert clean_article(text=text).text == ("Mendoza meets de Vries in Lima as leaders gather for the summit\n"
                                             "LIMA - The two leaders met on Friday.")
