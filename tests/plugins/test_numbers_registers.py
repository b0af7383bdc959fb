"""The numbers plugin on registers the other tables hold little of: markets and finance,
sport results and tables, recipes, technology specifications, history and anniversaries,
polls, weather, shipping and aviation, courts and sentencing, science.

Each sentence was written with the figures a reader would take from it (span, category,
value, unit) before the plugin was run on it.  A value given as a pair is the ``low`` and
``high`` of a range or a band of ages.  Run as a script to count the sentences read
right and print the others::

    python -m tests.plugins.test_numbers_registers
"""

from __future__ import annotations

import math
from typing import Any

import pytest

import limner
from tests.plugins.support import annotated

Value = float | tuple[float, float] | None
Figure = tuple[str, str, Value, str | None]

#: (sentence, the figures in it in order: surface, category, value or (low, high), unit)
ROWS: list[tuple[str, list[Figure]]] = [
    # -- markets and finance
    (
        "Shares in Rolls-Royce rose 4.2% to 512p in early trade.",
        [("4.2%", "percent", 4.2, "percent"), ("512p", "money", 5.12, "GBP")],
    ),
    (
        "The Nikkei 225 closed down 1.8 per cent at 38,410.",
        [("1.8 per cent", "percent", 1.8, "percent"), ("38,410", "cardinal", 38410, None)],
    ),
    (
        "Brent crude slipped 62 cents to $81.40 a barrel.",
        [("62 cents", "money", 0.62, "USD"), ("$81.40 a barrel", "money", 81.4, "USD")],
    ),
    (
        "The bank raised its key rate by 50 basis points to 5.25%.",
        [("50 basis points", "quantity", 50, "basis point"), ("5.25%", "percent", 5.25, "percent")],
    ),
    ("The group trades at 20x earnings.", [("20x", "cardinal", 20, None)]),
    ("Its chips run 3x faster than the last generation.", [("3x", "cardinal", 3, None)]),
    (
        "The yield on 10-year Treasuries rose to 4.61%.",
        [("10-year", "quantity", 10, "year"), ("4.61%", "percent", 4.61, "percent")],
    ),
    (
        "Sterling fell to $1.2150, its lowest since March 2023.",
        [("$1.2150", "money", 1.215, "USD"), ("March 2023", "date", 2023, None)],
    ),
    (
        "The deal values the company at about £1.3bn, or 240p a share.",
        [("£1.3bn", "money", 1.3e9, "GBP"), ("240p a share", "money", 2.4, "GBP")],
    ),
    (
        "First-half pre-tax profit was €412m, up from €380m a year earlier.",
        [("€412m", "money", 412e6, "EUR"), ("€380m", "money", 380e6, "EUR")],
    ),
    (
        "Inflation eased to 3.4 per cent in May from 3.9 per cent in April.",
        [("3.4 per cent", "percent", 3.4, "percent"), ("3.9 per cent", "percent", 3.9, "percent")],
    ),
    ("The fund returned 7.5% a year over the decade.", [("7.5%", "percent", 7.5, "percent")]),
    ("Gold hit a record $2,450 an ounce on Friday.", [("$2,450 an ounce", "money", 2450, "USD")]),
    (
        "The retailer plans to cut 1,200 jobs and close 40-odd stores.",
        [("1,200", "cardinal", 1200, None), ("40-odd", "cardinal", 40, None)],
    ),
    ("Bitcoin traded just under $67,000.", [("$67,000", "money", 67000, "USD")]),
    (
        "The FTSE 250 added 0.6%, or 120 points, to 20,510.",
        [
            ("0.6%", "percent", 0.6, "percent"),
            ("120 points", "cardinal", 120, None),
            ("20,510", "cardinal", 20510, None),
        ],
    ),
    (
        "Unemployment held at 4.2%, with 1.5 million people out of work.",
        [("4.2%", "percent", 4.2, "percent"), ("1.5 million", "cardinal", 1.5e6, None)],
    ),
    ("The central bank sold ¥9.8tn to prop up the currency.", [("¥9.8tn", "money", 9.8e12, "JPY")]),
    (
        "Revenue grew by a third to A$2.4bn.",
        [("a third", "fraction", 1 / 3, None), ("A$2.4bn", "money", 2.4e9, "AUD")],
    ),
    (
        "The IPO was priced at the top of its $18-$20 range.",
        [("$18-$20", "range", (18, 20), "USD")],
    ),
    (
        (
            "Home prices in the capital are up roughly 12% on the year, at an average of "
            "C$1.1 million."
        ),
        [("12%", "percent", 12, "percent"), ("C$1.1 million", "money", 1.1e6, "CAD")],
    ),
    (
        "The bonds pay a coupon of 6.75 per cent and mature in 2031.",
        [("6.75 per cent", "percent", 6.75, "percent"), ("2031", "date", 2031, None)],
    ),
    (
        "The share price is now 3x what it was in 2020.",
        [("3x", "cardinal", 3, None), ("2020", "date", 2020, None)],
    ),
    (
        "The fund beat the index by 2.5x over five years.",
        [("2.5x", "cardinal", 2.5, None), ("five years", "quantity", 5, "year")],
    ),
    (
        "Prices are up five-fold since the 1990s.",
        [("five-fold", "cardinal", 5, None), ("1990s", "date", 1990, None)],
    ),
    # -- sport results and tables
    (
        "Arsenal beat Wolves 3-1 to go top on 54 points.",
        [
            ("3", "cardinal", 3, None),
            ("1", "cardinal", 1, None),
            ("54 points", "cardinal", 54, None),
        ],
    ),
    (
        "India won by 81 runs after Bumrah took five wickets for 21.",
        [
            ("81 runs", "cardinal", 81, None),
            ("five wickets", "cardinal", 5, None),
            ("21", "cardinal", 21, None),
        ],
    ),
    (
        "Kipchoge finished in 2:02:40, 32 seconds outside his own record.",
        [("2:02:40", "quantity", 7360, "second"), ("32 seconds", "quantity", 32, "second")],
    ),
    (
        "She won the 200m in 21.98 seconds.",
        [("200m", "quantity", 200, "metre"), ("21.98 seconds", "quantity", 21.98, "second")],
    ),
    (
        "Verstappen started from pole and won by 8.2 seconds, his 12th win of the season.",
        [("8.2 seconds", "quantity", 8.2, "second"), ("12th", "ordinal", 12, None)],
    ),
    (
        "The Lakers trailed by 15 points at half-time before winning 112-104.",
        [
            ("15 points", "cardinal", 15, None),
            ("112", "cardinal", 112, None),
            ("104", "cardinal", 104, None),
        ],
    ),
    (
        "Djokovic won 6-4, 6-7, 7-5 to reach a 38th final.",
        [
            ("6", "cardinal", 6, None),
            ("4", "cardinal", 4, None),
            ("6", "cardinal", 6, None),
            ("7", "cardinal", 7, None),
            ("7", "cardinal", 7, None),
            ("5", "cardinal", 5, None),
            ("38th", "ordinal", 38, None),
        ],
    ),
    ("The single went in at number three, behind two ballads.", [("two", "cardinal", 2, None)]),
    ("The chart-topper slipped to number three this week.", []),
    (
        "Leicester sit 19th in the table, three points from safety.",
        [("19th", "ordinal", 19, None), ("three points", "cardinal", 3, None)],
    ),
    (
        "He has scored 27 goals in 41 games this season.",
        [("27 goals", "cardinal", 27, None), ("41", "cardinal", 41, None)],
    ),
    (
        "The All Blacks ran in seven tries in a 52-12 rout.",
        [
            ("seven", "cardinal", 7, None),
            ("52", "cardinal", 52, None),
            ("12", "cardinal", 12, None),
        ],
    ),
    ("Rybakina, the world No 4, needed three sets.", [("three sets", "cardinal", 3, None)]),
    (
        "The Tour's 21 stages cover 3,492km.",
        [("21", "cardinal", 21, None), ("3,492km", "quantity", 3492, "kilometre")],
    ),
    (
        "The Cowboys won 27-24 in overtime with a 48-yard field goal.",
        [
            ("27", "cardinal", 27, None),
            ("24", "cardinal", 24, None),
            ("48-yard", "quantity", 48, "yard"),
        ],
    ),
    (
        "England were bowled out for 246 in 62.3 overs.",
        [("246", "cardinal", 246, None), ("62.3", "cardinal", 62.3, None)],
    ),
    (
        "The marathon drew 48,000 runners, a 10% rise on last year.",
        [("48,000", "cardinal", 48000, None), ("10%", "percent", 10, "percent")],
    ),
    (
        "Bolt's 9.58 in Berlin still stands 15 years on.",
        [("9.58", "cardinal", 9.58, None), ("15 years", "quantity", 15, "year")],
    ),
    (
        "The Premier League's top six have spent £1.2bn this summer.",
        [("six", "cardinal", 6, None), ("£1.2bn", "money", 1.2e9, "GBP")],
    ),
    (
        "She shot a 68 to lead by two strokes.",
        [("68", "cardinal", 68, None), ("two strokes", "quantity", 2, "stroke")],
    ),
    (
        "The 1-0 defeat left them 12 points adrift with eight games left.",
        [
            ("1", "cardinal", 1, None),
            ("0", "cardinal", 0, None),
            ("12 points", "cardinal", 12, None),
            ("eight", "cardinal", 8, None),
        ],
    ),
    ("A crowd of 74,310 saw the final at Wembley.", [("74,310", "cardinal", 74310, None)]),
    (
        "The horse, a 9-4 favourite, won by three lengths.",
        [("9-4", "ratio", 2.25, None), ("three", "cardinal", 3, None)],
    ),
    (
        "Ohtani went 3-for-4 with two home runs.",
        [("3", "cardinal", 3, None), ("4", "cardinal", 4, None), ("two", "cardinal", 2, None)],
    ),
    # -- recipes and cooking
    (
        "Preheat the oven to 180C (160C fan) and grease a 20cm tin.",
        [
            ("180C", "quantity", 180, "degree Celsius"),
            ("160C", "quantity", 160, "degree Celsius"),
            ("20cm", "quantity", 20, "centimetre"),
        ],
    ),
    (
        "Whisk 200g caster sugar with 3 large eggs.",
        [("200g", "quantity", 200, "gram"), ("3", "cardinal", 3, None)],
    ),
    (
        "Add 2 tbsp olive oil and 1 tsp ground cumin.",
        [("2 tbsp", "quantity", 2, "tablespoon"), ("1 tsp", "quantity", 1, "teaspoon")],
    ),
    (
        "Pour in 500ml chicken stock and simmer for 25 minutes.",
        [("500ml", "quantity", 500, "millilitre"), ("25 minutes", "quantity", 25, "minute")],
    ),
    ("Bake at gas mark 4 for 35-40 minutes.", [("35-40 minutes", "range", (35, 40), "minute")]),
    ("Serves 4 to 6.", [("4 to 6", "range", (4, 6), None)]),
    (
        "You will need 1½ cups of flour and half a cup of milk.",
        [("1½ cups", "quantity", 1.5, "cup"), ("half a cup", "quantity", 0.5, "cup")],
    ),
    (
        "Roast the 2kg chicken for 1 hr 20 min.",
        [("2kg", "quantity", 2, "kilogram"), ("1 hr 20 min", "quantity", 80, "minute")],
    ),
    ("Stir in a pinch of salt and 100g of grated parmesan.", [("100g", "quantity", 100, "gram")]),
    ("Chill the dough for at least 2 hours, or overnight.", [("2 hours", "quantity", 2, "hour")]),
    (
        "Each portion has 450 calories and 12g of fat.",
        [("450 calories", "quantity", 450, "calorie"), ("12g", "quantity", 12, "gram")],
    ),
    (
        "Cut the butter into 2cm cubes and rub it into 250g of flour.",
        [("2cm", "quantity", 2, "centimetre"), ("250g", "quantity", 250, "gram")],
    ),
    (
        "Heat the oil to 190C, then fry in batches of six for 3-4 minutes.",
        [
            ("190C", "quantity", 190, "degree Celsius"),
            ("six", "cardinal", 6, None),
            ("3-4 minutes", "range", (3, 4), "minute"),
        ],
    ),
    (
        "Marinate the lamb for 24 hours in 4 cloves of garlic and 150ml yoghurt.",
        [
            ("24 hours", "quantity", 24, "hour"),
            ("4", "cardinal", 4, None),
            ("150ml", "quantity", 150, "millilitre"),
        ],
    ),
    (
        "The loaf needs 7g of dried yeast and 300ml warm water.",
        [("7g", "quantity", 7, "gram"), ("300ml", "quantity", 300, "millilitre")],
    ),
    ("Makes about 24 biscuits.", [("24", "cardinal", 24, None)]),
    (
        "Set the sous-vide bath to 57C and cook the steak for 90 minutes.",
        [("57C", "quantity", 57, "degree Celsius"), ("90 minutes", "quantity", 90, "minute")],
    ),
    (
        "Fold in 3 tablespoons of cocoa and a quarter of a teaspoon of salt.",
        [
            ("3 tablespoons", "quantity", 3, "tablespoon"),
            ("a quarter of a teaspoon", "quantity", 0.25, "teaspoon"),
        ],
    ),
    (
        "A 3-for-2 offer on cookbooks runs until Sunday.",
        [("3", "cardinal", 3, None), ("2", "cardinal", 2, None)],
    ),
    (
        "The shop is running a 3-for-2 deal on all paperbacks.",
        [("3", "cardinal", 3, None), ("2", "cardinal", 2, None)],
    ),
    (
        "The pie feeds eight and costs under £5 to make.",
        [("eight", "cardinal", 8, None), ("£5", "money", 5, "GBP")],
    ),
    # -- technology specifications
    (
        "The phone has a 6.1-inch screen and 8GB of RAM.",
        [("6.1-inch", "quantity", 6.1, "inch"), ("8GB", "quantity", 8, "gigabyte")],
    ),
    (
        "Storage starts at 256GB and tops out at 1TB.",
        [("256GB", "quantity", 256, "gigabyte"), ("1TB", "quantity", 1, "terabyte")],
    ),
    (
        "The chip runs at up to 3.2GHz on 12 cores.",
        [("3.2GHz", "quantity", 3.2, "gigahertz"), ("12", "cardinal", 12, None)],
    ),
    (
        "The panel refreshes at 120Hz and peaks at 2,000 nits.",
        [("120Hz", "quantity", 120, "hertz"), ("2,000 nits", "quantity", 2000, "nit")],
    ),
    (
        "A 5,000mAh battery lasts about two days.",
        [("5,000mAh", "quantity", 5000, "milliampere hour"), ("two days", "quantity", 2, "day")],
    ),
    (
        "It charges at 65W, from empty to 50% in 15 minutes.",
        [
            ("65W", "quantity", 65, "watt"),
            ("50%", "percent", 50, "percent"),
            ("15 minutes", "quantity", 15, "minute"),
        ],
    ),
    ("The update, iOS 17.2, fixes 12 security flaws.", [("12", "cardinal", 12, None)]),
    (
        "Download speeds reach 1.2Gbps on the new 5G network.",
        [("1.2Gbps", "quantity", 1.2, "gigabit per second")],
    ),
    (
        "The model has 70 billion parameters and was trained on 15 trillion tokens.",
        [("70 billion", "cardinal", 7e10, None), ("15 trillion", "cardinal", 1.5e13, None)],
    ),
    (
        "The laptop weighs 1.24kg and is 11.3mm thick.",
        [("1.24kg", "quantity", 1.24, "kilogram"), ("11.3mm", "quantity", 11.3, "millimetre")],
    ),
    ("The camera shoots 4K video at 60fps.", [("60fps", "quantity", 60, "frame per second")]),
    (
        "The data centre will draw 300MW, as much as 200,000 homes.",
        [("300MW", "quantity", 300, "megawatt"), ("200,000", "cardinal", 200000, None)],
    ),
    (
        "The console sold 4.5 million units in its first 10 days.",
        [
            ("4.5 million", "cardinal", 4.5e6, None),
            ("first", "ordinal", 1, None),
            ("10 days", "quantity", 10, "day"),
        ],
    ),
    (
        "Its 3nm process packs 25 billion transistors.",
        [("3nm", "quantity", 3, "nanometre"), ("25 billion", "cardinal", 2.5e10, None)],
    ),
    ("The router covers up to 2,500 sq ft.", [("2,500 sq ft", "quantity", 2500, "square foot")]),
    (
        "The Wi-Fi 7 standard doubles the bandwidth to 320MHz.",
        [("320MHz", "quantity", 320, "megahertz")],
    ),
    ("Version 2.0 of the app added dark mode.", []),
    (
        "The drone flies for 46 minutes and has a range of 15km.",
        [("46 minutes", "quantity", 46, "minute"), ("15km", "quantity", 15, "kilometre")],
    ),
    ("Memory prices have jumped 30% in a quarter.", [("30%", "percent", 30, "percent")]),
    (
        "The satellite orbits at an altitude of 550km, circling Earth every 95 minutes.",
        [("550km", "quantity", 550, "kilometre"), ("95 minutes", "quantity", 95, "minute")],
    ),
    # -- history and anniversaries
    ("The 1922 Committee of backbench Tory MPs met on Wednesday.", []),
    ("The 1752 Group campaigns against harassment in universities.", []),
    (
        "Sunday marks the 80th anniversary of the D-Day landings of 6 June 1944.",
        [("80th", "ordinal", 80, None), ("6 June 1944", "date", 1944, None)],
    ),
    (
        "The cathedral, begun in 1163, took almost 200 years to build.",
        [("1163", "date", 1163, None), ("200 years", "quantity", 200, "year")],
    ),
    (
        "In 1066, William's army of some 7,000 men landed at Pevensey.",
        [("1066", "date", 1066, None), ("7,000", "cardinal", 7000, None)],
    ),
    (
        "The wall fell 35 years ago, on 9 November 1989.",
        [("35 years", "quantity", 35, "year"), ("9 November 1989", "date", 1989, None)],
    ),
    (
        "The treaty was signed in the 1840s and revised in 1906.",
        [("1840s", "date", 1840, None), ("1906", "date", 1906, None)],
    ),
    ("Pompeii was buried in AD 79.", [("AD 79", "date", 79, None)]),
    ("The pyramid was built around 2560 BC.", [("2560 BC", "date", -2560, None)]),
    (
        "The 19th-century mill employed 1,500 workers at its peak.",
        [("19th", "ordinal", 19, None), ("1,500", "cardinal", 1500, None)],
    ),
    (
        "The Great Fire of 1666 destroyed 13,200 houses.",
        [("1666", "date", 1666, None), ("13,200", "cardinal", 13200, None)],
    ),
    (
        "The Easter Rising lasted six days in April 1916.",
        [("six days", "quantity", 6, "day"), ("April 1916", "date", 1916, None)],
    ),
    (
        "Britain's 1945 election swept Labour to power with 393 seats.",
        [("1945", "date", 1945, None), ("393", "cardinal", 393, None)],
    ),
    (
        "The abbey celebrates its 900th year with a service in the nave.",
        [("900th", "ordinal", 900, None)],
    ),
    (
        "The Wars of the Roses ran for 32 years, from 1455 to 1487.",
        [("32 years", "quantity", 32, "year"), ("1455 to 1487", "date", (1455, 1487), None)],
    ),
    (
        "The Titanic sank on its maiden voyage in 1912, with the loss of more than 1,500 lives.",
        [("1912", "date", 1912, None), ("1,500", "cardinal", 1500, None)],
    ),
    (
        "The first Model T rolled off the line in 1908 and cost $850.",
        [
            ("first", "ordinal", 1, None),
            ("1908", "date", 1908, None),
            ("$850", "money", 850, "USD"),
        ],
    ),
    (
        "Queen Victoria reigned for 63 years and seven months.",
        [("63 years", "quantity", 63, "year"), ("seven months", "quantity", 7, "month")],
    ),
    (
        "The Berlin airlift flew in 2.3 million tons of supplies over 15 months.",
        [("2.3 million tons", "quantity", 2.3e6, "ton"), ("15 months", "quantity", 15, "month")],
    ),
    ("The Second World War ended in 1945.", [("1945", "date", 1945, None)]),
    (
        "The Domesday Book of 1086 lists 13,418 places.",
        [("1086", "date", 1086, None), ("13,418", "cardinal", 13418, None)],
    ),
    # -- polls
    (
        "Labour leads on 41%, with the Conservatives on 24% and Reform on 16%.",
        [
            ("41%", "percent", 41, "percent"),
            ("24%", "percent", 24, "percent"),
            ("16%", "percent", 16, "percent"),
        ],
    ),
    (
        "The poll of 2,046 adults has a margin of error of plus or minus 2 percentage points.",
        [
            ("2,046", "cardinal", 2046, None),
            ("2 percentage points", "percent", 2, "percentage point"),
        ],
    ),
    ("One in four voters is still undecided.", [("One in four", "ratio", 0.25, None)]),
    (
        "Approval of the president fell 5 points to 38%.",
        [
            ("5 points", "percent", 5, "percentage point"),
            ("38%", "percent", 38, "percent"),
        ],
    ),
    (
        "Nearly two-thirds of respondents backed the plan.",
        [("two-thirds", "fraction", 2 / 3, None)],
    ),
    (
        "Turnout was 67.3%, the highest since 1992.",
        [("67.3%", "percent", 67.3, "percent"), ("1992", "date", 1992, None)],
    ),
    (
        "Support for independence stands at 48 per cent, up three points.",
        [
            ("48 per cent", "percent", 48, "percent"),
            ("three points", "percent", 3, "percentage point"),
        ],
    ),
    (
        "Six in ten Republicans said the economy was their top issue.",
        [("Six in ten", "ratio", 0.6, None)],
    ),
    (
        "The Greens doubled their vote share to 14 per cent in the 650-seat parliament.",
        [("14 per cent", "percent", 14, "percent"), ("650", "cardinal", 650, None)],
    ),
    (
        "A majority of 54% to 46% voted to remain.",
        [("54%", "percent", 54, "percent"), ("46%", "percent", 46, "percent")],
    ),
    (
        "The party won 326 of the 650 seats.",
        [("326", "cardinal", 326, None), ("650", "cardinal", 650, None)],
    ),
    (
        "Trust in the media is at a record low of 31%, Gallup found.",
        [("31%", "percent", 31, "percent")],
    ),
    (
        "The referendum passed with a 62-38 split.",
        [("62", "cardinal", 62, None), ("38", "cardinal", 38, None)],
    ),
    (
        "About 40-odd thousand postal votes are yet to be counted.",
        [("40-odd thousand", "cardinal", 40000, None)],
    ),
    (
        "Some 40-odd thousand fans packed the stadium.",
        [("40-odd thousand", "cardinal", 40000, None)],
    ),
    (
        "The incumbent polled 1.2 million votes, a 9.4-point margin.",
        [("1.2 million", "cardinal", 1.2e6, None), ("9.4-point", "cardinal", 9.4, None)],
    ),
    # -- weather
    (
        "Highs of 31C are expected in London on Thursday.",
        [("31C", "quantity", 31, "degree Celsius")],
    ),
    (
        "Gusts of up to 80mph battered the coast overnight.",
        [("80mph", "quantity", 80, "mile per hour")],
    ),
    (
        "Up to 50mm of rain could fall in three hours.",
        [("50mm", "quantity", 50, "millimetre"), ("three hours", "quantity", 3, "hour")],
    ),
    (
        "Temperatures will stay in the low twenties all week.",
        [("twenties", "range", (20, 23), None)],
    ),
    (
        "Daytime highs will be in the high teens across Scotland.",
        [("teens", "range", (17, 19), None)],
    ),
    (
        "Overnight lows dropped to minus 12 degrees in Minsk.",
        [("minus 12 degrees", "quantity", -12, "degree")],
    ),
    (
        "The heatwave pushed the mercury to 104F in Phoenix.",
        [("104F", "quantity", 104, "degree Fahrenheit")],
    ),
    (
        "Snow depths reached 40cm on higher ground above 300 metres.",
        [("40cm", "quantity", 40, "centimetre"), ("300 metres", "quantity", 300, "metre")],
    ),
    (
        "Humidity will be around 85 per cent, with a 60% chance of showers.",
        [("85 per cent", "percent", 85, "percent"), ("60%", "percent", 60, "percent")],
    ),
    (
        "A Category 4 storm with winds of 130mph made landfall.",
        [("130mph", "quantity", 130, "mile per hour")],
    ),
    ("It was the wettest February since records began in 1836.", [("1836", "date", 1836, None)]),
    ("The cold snap brought 10 inches of snow to Denver.", [("10 inches", "quantity", 10, "inch")]),
    (
        "A 4.8-magnitude quake struck 30km south of the city at a depth of 10km.",
        [
            ("4.8", "cardinal", 4.8, None),
            ("30km", "quantity", 30, "kilometre"),
            ("10km", "quantity", 10, "kilometre"),
        ],
    ),
    (
        "Sea levels have risen 20cm since 1900.",
        [("20cm", "quantity", 20, "centimetre"), ("1900", "date", 1900, None)],
    ),
    ("The UV index will hit 9 by midday.", [("9", "cardinal", 9, None)]),
    # -- shipping and aviation
    (
        "The 400-metre container ship can carry 24,000 containers.",
        [("400-metre", "quantity", 400, "metre"), ("24,000", "cardinal", 24000, None)],
    ),
    (
        "The jet cruised at 37,000 feet before descending.",
        [("37,000 feet", "quantity", 37000, "foot")],
    ),
    (
        "Flight BA117 was delayed by three hours at Terminal 5.",
        [("three hours", "quantity", 3, "hour")],
    ),
    (
        "The tanker was carrying 2 million barrels of crude.",
        [("2 million barrels", "quantity", 2e6, "barrel")],
    ),
    (
        "The ferry sails at 22 knots and takes 90 minutes to cross.",
        [("22 knots", "quantity", 22, "knot"), ("90 minutes", "quantity", 90, "minute")],
    ),
    (
        "Heathrow handled 79.2 million passengers last year, up 3%.",
        [("79.2 million", "cardinal", 79.2e6, None), ("3%", "percent", 3, "percent")],
    ),
    (
        "The A350 seats 325 passengers and has a range of 15,000km.",
        [("325", "cardinal", 325, None), ("15,000km", "quantity", 15000, "kilometre")],
    ),
    ("Suez transits fell by 66% after the attacks.", [("66%", "percent", 66, "percent")]),
    (
        "The vessel ran aground 12 nautical miles off the coast.",
        [("12 nautical miles", "quantity", 12, "nautical mile")],
    ),
    (
        "The airline will add 20 Boeing 737 Max jets by 2026.",
        [("20", "cardinal", 20, None), ("2026", "date", 2026, None)],
    ),
    ("Fares on the route start at £29 one way.", [("£29", "money", 29, "GBP")]),
    (
        "The freighter lost 40 containers overboard in 6-metre waves.",
        [("40", "cardinal", 40, None), ("6-metre", "quantity", 6, "metre")],
    ),
    ("Air traffic control cut arrivals to 32 an hour.", [("32", "cardinal", 32, None)]),
    ("The runway is 3,900m long.", [("3,900m", "quantity", 3900, "metre")]),
    ("Pilots must retire at 65.", [("65", "age", 65, "year")]),
    # -- courts and sentencing
    (
        "He was jailed for six years and banned from driving for 10 years.",
        [("six years", "quantity", 6, "year"), ("10 years", "quantity", 10, "year")],
    ),
    (
        "The company was fined £2.5m and ordered to pay £180,000 in costs.",
        [("£2.5m", "money", 2.5e6, "GBP"), ("£180,000", "money", 180000, "GBP")],
    ),
    (
        "She was given a 12-month community order and 200 hours of unpaid work.",
        [("12-month", "quantity", 12, "month"), ("200 hours", "quantity", 200, "hour")],
    ),
    ("The jury took less than three hours to convict.", [("three hours", "quantity", 3, "hour")]),
    (
        "Smith, 34, of Leeds, admitted two counts of fraud.",
        [("34", "age", 34, "year"), ("two", "cardinal", 2, None)],
    ),
    ("The judge imposed a minimum term of 28 years.", [("28 years", "quantity", 28, "year")]),
    ("Damages of $1.4bn were awarded to the families.", [("$1.4bn", "money", 1.4e9, "USD")]),
    (
        "The trial, expected to last 12 weeks, heard from 40 witnesses.",
        [("12 weeks", "quantity", 12, "week"), ("40", "cardinal", 40, None)],
    ),
    (
        "The Supreme Court ruled 6-3 to overturn the decision.",
        [("6", "cardinal", 6, None), ("3", "cardinal", 3, None)],
    ),
    (
        "The 19-year-old was sentenced to 18 months in a young offender institution.",
        [("19-year-old", "age", 19, "year"), ("18 months", "quantity", 18, "month")],
    ),
    ("Under Section 18 of the Act, the maximum sentence is life.", []),
    (
        "He served half of his 10-year sentence.",
        [("half", "fraction", 0.5, None), ("10-year", "quantity", 10, "year")],
    ),
    (
        "Three of the five defendants were acquitted.",
        [("Three", "cardinal", 3, None), ("five", "cardinal", 5, None)],
    ),
    (
        "The fraud cost 3,400 victims an estimated £12m.",
        [("3,400", "cardinal", 3400, None), ("£12m", "money", 12e6, "GBP")],
    ),
    (
        "Police seized 25kg of cocaine worth £2m.",
        [("25kg", "quantity", 25, "kilogram"), ("£2m", "money", 2e6, "GBP")],
    ),
    (
        "The defendant was driving at 94mph in a 50mph zone.",
        [("94mph", "quantity", 94, "mile per hour"), ("50mph", "quantity", 50, "mile per hour")],
    ),
    (
        "Jurors were discharged after failing to reach a verdict in 15 hours.",
        [("15 hours", "quantity", 15, "hour")],
    ),
    ("Case No. 14-915 was argued in January 2016.", [("January 2016", "date", 2016, None)]),
    ("He was ordered to pay a victim surcharge of £190.", [("£190", "money", 190, "GBP")]),
    (
        "The appeal court cut his sentence by a third, to four years.",
        [("a third", "fraction", 1 / 3, None), ("four years", "quantity", 4, "year")],
    ),
    # -- science
    (
        "The vaccine was 95% effective in a trial of 43,000 people.",
        [("95%", "percent", 95, "percent"), ("43,000", "cardinal", 43000, None)],
    ),
    (
        "The exoplanet lies 120 light years away.",
        [("120 light years", "quantity", 120, "light year")],
    ),
    (
        "Carbon dioxide reached 424 parts per million in May.",
        [("424 parts per million", "quantity", 424, "part per million")],
    ),
    (
        "The odds of the asteroid hitting Earth are one-in-a-million.",
        [("one-in-a-million", "ratio", 1e-6, None)],
    ),
    ("It was a one-in-a-million shot.", [("one-in-a-million", "ratio", 1e-6, None)]),
    (
        "Such a result would happen by chance one in a million times.",
        [("one in a million", "ratio", 1e-6, None)],
    ),
    ("Fewer than one in a hundred applicants get in.", [("one in a hundred", "ratio", 0.01, None)]),
    (
        "The sample was cooled to 4.2 K, close to absolute zero.",
        [("4.2 K", "quantity", 4.2, "kelvin"), ("absolute zero", "quantity", 0, "kelvin")],
    ),
    (
        "The patients, in their high teens, took a 5mg dose twice daily.",
        [
            ("in their high teens", "age", (17, 19), "year"),
            ("5mg", "quantity", 5, "milligram"),
            ("twice", "cardinal", 2, None),
        ],
    ),
    (
        "The singer was in her high teens when she signed.",
        [("in her high teens", "age", (17, 19), "year")],
    ),
    (
        "The probe travels at 17km per second.",
        [("17km per second", "quantity", 17, "kilometre per second")],
    ),
    (
        "The glacier has lost 40% of its mass since the 1950s.",
        [("40%", "percent", 40, "percent"), ("1950s", "date", 1950, None)],
    ),
    (
        "The study followed 1,200 women in their forties for a decade.",
        [("1,200", "cardinal", 1200, None), ("in their forties", "age", (40, 49), "year")],
    ),
    (
        "The gene is found in roughly one in 2,500 births.",
        [("one in 2,500", "ratio", 0.0004, None)],
    ),
    ("The telescope's mirror is 6.5 metres across.", [("6.5 metres", "quantity", 6.5, "metre")]),
    (
        "Each cell divides every 20 minutes at 37C.",
        [("20 minutes", "quantity", 20, "minute"), ("37C", "quantity", 37, "degree Celsius")],
    ),
    ("The fossil is about 66 million years old.", [("66 million years old", "age", 66e6, "year")]),
    (
        "The reactor reached 100 million degrees Celsius for 48 seconds.",
        [
            ("100 million degrees Celsius", "quantity", 1e8, "degree Celsius"),
            ("48 seconds", "quantity", 48, "second"),
        ],
    ),
    (
        "The virus particle measures 120 nanometres.",
        [("120 nanometres", "quantity", 120, "nanometre")],
    ),
    (
        "The drug cut deaths by a quarter among those aged 75 and over.",
        [("a quarter", "fraction", 0.25, None), ("aged 75 and over", "age", 75, "year")],
    ),
    ("Water boils at 100C at sea level.", [("100C", "quantity", 100, "degree Celsius")]),
    ("The mouse's heart beats 600 times a minute.", [("600 times", "cardinal", 600, None)]),
]

#: sentences the rules read otherwise, each with the limit of the plugin's page it shows
LIMITS: dict[str, str] = {}


@pytest.fixture(scope="module")
def enricher() -> limner.Enricher:
    return limner.Enricher(["numbers"])


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def agrees(want: Figure, got: dict[str, Any]) -> bool:
    """Whether a figure found agrees with one written: its surface, category, unit and value
    (for a pair, its ``low`` and ``high``)."""
    surface, category, value, unit = want
    if (got["surface"], got["category"], got.get("unit")) != (surface, category, unit):
        return False
    if isinstance(value, tuple):
        return _close(got.get("low"), value[0]) and _close(got.get("high"), value[1])
    return _close(got.get("value"), value)


def read_right(enricher: limner.Enricher, text: str, figures: list[Figure]) -> bool:
    """Whether the plugin finds in ``text`` the figures written, no more and no fewer."""
    found = annotated(enricher, text, "number")
    return len(found) == len(figures) and all(map(agrees, figures, found))


def rows_as_params(rows: list[tuple[str, list[Figure]]], limits: dict[str, str]) -> list[Any]:
    """Each register table's rows as test cases, the ones in ``limits`` expected to fail
    (strictly: a limit the plugin passes fails, so that it is taken off the list)."""
    return [
        pytest.param(t, f, marks=pytest.mark.xfail(strict=True, reason=limits[t]))
        if t in limits
        else (t, f)
        for t, f in rows
    ]


def assert_read_right(enricher: limner.Enricher, text: str, figures: list[Figure]) -> None:
    """Assert that the plugin reads ``text``'s figures as written, showing what it read."""
    assert read_right(enricher, text, figures), _read(enricher, text)


def assert_figures_in_words(rows: list[tuple[str, list[Figure]]]) -> None:
    """Assert that each figure of a table is written in its sentence's words."""
    for text, figures in rows:
        for surface, *_ in figures:
            assert surface in text, (surface, text)


@pytest.mark.parametrize(("text", "figures"), rows_as_params(ROWS, LIMITS))
def test_figures_of_other_registers(
    enricher: limner.Enricher, text: str, figures: list[Figure]
) -> None:
    assert_read_right(enricher, text, figures)


def test_the_table_holds_at_least_150_sentences_each_figure_in_its_words() -> None:
    assert len(ROWS) >= 150
    assert_figures_in_words(ROWS)


def _read(enricher: limner.Enricher, text: str) -> list[tuple[Any, ...]]:
    return [
        (n["surface"], n["category"], n.get("value"), n.get("low"), n.get("high"), n.get("unit"))
        for n in annotated(enricher, text, "number")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a multiple written with x: the x in the span, as "-fold" is
        ("The group trades at 20x earnings.", [("20x", "cardinal", 20, None, None, None)]),
        ("It has a 10× zoom.", [("10×", "cardinal", 10, None, None, None)]),
        ("It ran 2.5x faster.", [("2.5x", "cardinal", 2.5, None, None, None)]),
        ("He bought a 4x4 for the farm.", []),
        # a place after "number" in words, as in digits; each place of a list with "or"
        ("The song went in at number three.", []),
        ("He is the world number two.", []),
        ("He can play at number seven or eight.", []),
        (
            "The number three million was quoted.",
            [("three million", "cardinal", 3_000_000, None, None, None)],
        ),
        ("The number of deaths rose to three.", [("three", "cardinal", 3, None, None, None)]),
        # a body named by its number
        ("The 1922 Committee met on Monday.", []),
        ("He joined the 100 Club in May.", []),
        ("The 1998 Act was repealed.", [("1998", "date", 1998, None, None, None)]),
        # a scale after a hedge joined to the figure
        (
            "Some 40-odd thousand fans came.",
            [("40-odd thousand", "cardinal", 40_000, 40_000, None, None)],
        ),
        (
            "It was a 20-plus million deal.",
            [("20-plus million", "cardinal", 20_000_000, 20_000_000, None, None)],
        ),
        # the teens: a band of ages from thirteen, of values from ten, never years
        ("She was in her teens.", [("in her teens", "age", 13, 13, 19, "year")]),
        ("They met in their early teens.", [("in their early teens", "age", 13, 13, 15, "year")]),
        ("Highs will be in the high teens.", [("teens", "range", None, 17, 19, None)]),
        ("Lows in the low teens are forecast.", [("teens", "range", None, 10, 13, None)]),
        ("Cars were rare in the teens of the last century.", []),
        # one in a scale, hyphened
        (
            "It was a one-in-a-million shot.",
            [("one-in-a-million", "ratio", 1e-6, None, None, None)],
        ),
        ("It was a once-in-a-lifetime chance.", []),
        # a release or a standard with its dots
        ("The update, iOS 17.2, is out.", []),
        ("It uses Bluetooth 5.3 and USB 2.0.", []),
        ("The Wi-Fi 7 standard is new.", []),
        ("It has 3 USB ports.", [("3", "cardinal", 3, None, None, None)]),
        # "half of" and a whole after a verb or a preposition
        ("He served half of his sentence.", [("half", "fraction", 0.5, None, None, None)]),
        ("It fell in half of all cases.", [("half", "fraction", 0.5, None, None, None)]),
        ("They drew the opposite half of the draw.", []),
        ("The top half of the table is tight.", []),
        # "a quarter" of a year after "in", "within", "once"
        ("Prices jumped 30% in a quarter.", [("30%", "percent", 30, None, None, "percent")]),
        ("Sales fell by a quarter.", [("a quarter", "fraction", 0.25, None, None, None)]),
        ("It happens in a quarter of cases.", [("a quarter", "fraction", 0.25, None, None, None)]),
        # a screen's brightness
        ("It peaks at 2,000 nits.", [("2,000 nits", "quantity", 2000, None, None, "nit")]),
        # a count "to" one after a verb of a tally or a vote: two counts; after "at" or
        # "by", odds and a margin
        (
            "The jury voted 11 to 1 to convict.",
            [("11", "cardinal", 11, None, None, None), ("1", "cardinal", 1, None, None, None)],
        ),
        ("The horse won at 10 to 1.", [("10 to 1", "ratio", 10, None, None, None)]),
        ("They won by two to one.", [("two to one", "ratio", 2, None, None, None)]),
        ("The vote passed 2 to 1.", [("2 to 1", "ratio", 2, None, None, None)]),
        # a bare "one" after "only" and a count ends a tally; "the only one" is none
        (
            "Twelve applied but only one was hired.",
            [
                ("Twelve", "cardinal", 12, None, None, None),
                ("one", "cardinal", 1, None, None, None),
            ],
        ),
        (
            "He has three cars, the only one that works.",
            [("three", "cardinal", 3, None, None, None)],
        ),
        # a train or a race named by its time after "the": no figure
        ("The 10.30 train to Leeds was late.", []),
        ("She won the 2.30 race at Kempton.", []),
        (
            "The rate moved from the 2.45 to 3.10.",
            [
                ("2.45", "cardinal", 2.45, None, None, None),
                ("3.10", "cardinal", 3.1, None, None, None),
            ],
        ),
    ],
)
def test_rules_of_the_registers(
    enricher: limner.Enricher, text: str, want: list[tuple[Any, ...]]
) -> None:
    got = _read(enricher, text)
    assert len(got) == len(want), got
    for g, w in zip(got, want, strict=True):
        assert g[0] == w[0] and g[1] == w[1] and g[5] == w[5], got
        assert all(map(_close, g[2:5], w[2:5])), got


def report(rows: list[tuple[str, list[Figure]]]) -> None:  # pragma: no cover
    """Print how many of ``rows`` the plugin reads right, and what it gives for the others
    (the ``python -m`` entry of each register table)."""
    e = limner.Enricher(["numbers"])
    wrong = [(t, f) for t, f in rows if not read_right(e, t, f)]
    print(f"{len(rows) - len(wrong)} of {len(rows)} sentences read right")
    for t, f in wrong:
        print(f"\n{t}\n  want {f}\n  got  {_read(e, t)}")


if __name__ == "__main__":  # pragma: no cover
    report(ROWS)
